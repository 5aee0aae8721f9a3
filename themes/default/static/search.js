/* Stegvis search: finds pages by word prefix, ignoring case and Nordic letters
   ("atgard" finds "åtgärd"), title matches first. No framework, no other host.
   The index comes in pieces (search/index/): a query fetches the words of its
   terms' first letters (w/a.json), then the records of the results it shows
   (p/0.json, CHUNK pages each); nothing is fetched before a search. */
(function () {
  "use strict";
  var CHUNK = 16;
  var SHOWN = 10;
  var script = document.currentScript;
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  if (!script || !input || !results || !status || !more) { return; }
  var base = script.getAttribute("data-index");
  var pieces = {};
  var found = [];
  var shown = 0;
  var latest = 0;

  // The same folding as the index (slug::fold_word): lowercase, å ä → a,
  // ö ø → o, æ → ae, é → e here; any other letter by the index's own table
  // (fold.json, fetched only for a query that has one: đ → d, ŋ → ng).
  var COMMON = { "å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "é": "e" };
  function fold(text, table) {
    var folded = "";
    var chars = Array.from(text.toLowerCase().normalize("NFC"));
    for (var i = 0; i < chars.length; i++) {
      var ch = chars[i];
      if (/[a-z0-9]/.test(ch)) { folded += ch; }
      else if (COMMON[ch]) { folded += COMMON[ch]; }
      else if (table && Object.prototype.hasOwnProperty.call(table, ch)) { folded += table[ch]; }
      else { folded += ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]/g, " "); }
    }
    return folded;
  }
  function needsTable(query) {
    return Array.from(query.toLowerCase().normalize("NFC")).some(function (ch) {
      return /[^a-z0-9\s]/.test(ch) && !COMMON[ch] && /\p{L}|\p{N}/u.test(ch);
    });
  }
  function terms(query, table) {
    return fold(query, table).split(/[^a-z0-9]+/).filter(function (term) { return term.length > 0; });
  }
  // One piece of the index, fetched once.
  function piece(path, empty) {
    if (!pieces[path]) {
      pieces[path] = fetch(base + path)
        .then(function (response) { return response.ok ? response.json() : empty; })
        .catch(function () { delete pieces[path]; return empty; });
    }
    return pieces[path];
  }
  function shard(term) {
    var first = term.charAt(0);
    return piece("w/" + (/[a-z0-9]/.test(first) ? first : "_") + ".json", { w: [], h: [], b: [], t: [] });
  }
  // Gaps between ascending numbers back to the numbers.
  function numbers(gaps, each) {
    var at = 0;
    for (var i = 0; i < gaps.length; i++) { at += gaps[i]; each(at); }
  }
  // The pages with a word that starts with `term`: number → [in title or headings, in title].
  function matching(term, words) {
    var pages = new Map();
    function mark(heading, title) {
      return function (page) {
        var seen = pages.get(page) || [false, false];
        pages.set(page, [seen[0] || heading, seen[1] || title]);
      };
    }
    for (var i = 0; i < words.w.length; i++) {
      if (words.w[i].lastIndexOf(term, 0) !== 0) { continue; }
      numbers(words.h[i], mark(true, false));
      numbers(words.b[i], mark(false, false));
      numbers(words.t[i], mark(true, true));
    }
    return pages;
  }
  // Every page that has all terms, the best first: 10 a term in its title or
  // headings, 1 only in its text, 20 more in its title; then by number (title order).
  function rank(wanted, shards) {
    var sets = wanted.map(function (term, i) { return matching(term, shards[i]); });
    var hits = [];
    sets[0].forEach(function (_, page) {
      var score = 0;
      for (var i = 0; i < sets.length; i++) {
        var where = sets[i].get(page);
        if (!where) { return; }
        score += (where[0] ? 10 : 1) + (where[1] ? 20 : 0);
      }
      hits.push({ page: page, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    return hits;
  }
  function record(page) {
    return piece("p/" + Math.floor(page / CHUNK) + ".json", []).then(function (chunk) { return chunk[page % CHUNK]; });
  }
  function item(entry) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = entry[1];
    link.textContent = entry[0];
    var kind = document.createElement("span");
    kind.className = "search-kind";
    kind.textContent = entry[2] + (entry[3] && entry[3] !== entry[0] ? " · " + entry[3] : "");
    var snippet = document.createElement("p");
    snippet.textContent = entry[4];
    item.appendChild(link);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(kind);
    item.appendChild(snippet);
    return item;
  }
  // The next results, after those shown; `focus` moves to the first of them.
  function showMore(search, focus) {
    var next = found.slice(shown, shown + SHOWN);
    return Promise.all(next.map(function (hit) { return record(hit.page); })).then(function (entries) {
      if (search !== latest) { return; }
      var first = null;
      entries.forEach(function (entry) {
        if (!entry) { return; }
        var li = item(entry);
        first = first || li.querySelector("a");
        results.appendChild(li);
      });
      shown += next.length;
      more.hidden = shown >= found.length;
      if (focus && first) { first.focus(); }
    });
  }
  function show(query) {
    var search = ++latest;
    if (needsTable(query)) {
      piece("fold.json", {}).then(function (table) { if (search === latest) { showTerms(search, terms(query, table)); } });
    } else {
      showTerms(search, terms(query, null));
    }
  }
  function showTerms(search, wanted) {
    if (wanted.length === 0) {
      found = [];
      shown = 0;
      results.textContent = "";
      status.textContent = "";
      more.hidden = true;
      return;
    }
    Promise.all(wanted.map(shard)).then(function (shards) {
      if (search !== latest) { return; }
      found = rank(wanted, shards);
      shown = 0;
      results.textContent = "";
      // The count is announced once the first results are on the page, so
      // a screen reader (or a test) that hears it finds them there.
      return showMore(search, false).then(function () {
        if (search !== latest) { return; }
        status.textContent = found.length === 0
          ? status.getAttribute("data-none")
          : status.getAttribute(found.length === 1 ? "data-count-one" : "data-count").replace("{n}", String(found.length));
      });
    });
  }
  var query = new URLSearchParams(location.search).get("q") || "";
  input.value = query;
  show(query);
  input.addEventListener("input", function () { show(input.value); });
  input.form.addEventListener("submit", function (event) { event.preventDefault(); show(input.value); });
  more.addEventListener("click", function () { showMore(latest, true); });
})();
