/* Stegvis search: finds pages by word prefix, ignoring case and Nordic letters
   ("atgard" finds "åtgärd"), title matches first. No framework, no other host. */
(function () {
  "use strict";
  var script = document.currentScript;
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!script || !input || !results || !status) { return; }
  var words = null;
  var pages = null;

  // The same folding as the index: lowercase, å ä → a, ö ø → o, æ → ae, é → e, other marks dropped.
  function fold(text) {
    return text.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "o")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function terms(query) {
    return fold(query).split(/[^a-z0-9]+/).filter(function (term) { return term.length > 0; });
  }
  // The numbers of the index's words that start with `term`.
  function matching(term) {
    var found = new Set();
    for (var i = 0; i < words.length; i++) {
      if (words[i].lastIndexOf(term, 0) === 0) { found.add(i); }
    }
    return found;
  }
  function any(numbers, found) {
    for (var i = 0; i < numbers.length; i++) {
      if (found.has(numbers[i])) { return true; }
    }
    return false;
  }
  function search(query) {
    var wanted = terms(query);
    if (wanted.length === 0 || !pages) { return []; }
    var sets = wanted.map(matching);
    var found = [];
    pages.forEach(function (page) {
      var score = 0;
      for (var i = 0; i < sets.length; i++) {
        var inHeadings = any(page.h, sets[i]);
        if (!inHeadings && !any(page.w, sets[i])) { return; }
        score += inHeadings ? 10 : 1;
        if ((" " + fold(page.t).replace(/[^a-z0-9]+/g, " ")).indexOf(" " + wanted[i]) !== -1) { score += 20; }
      }
      found.push({ entry: page, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score || a.entry.t.localeCompare(b.entry.t); });
    return found.slice(0, 50);
  }
  function show(query) {
    var found = search(query);
    results.textContent = "";
    found.forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.entry.u;
      link.textContent = hit.entry.t;
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = hit.entry.k + (hit.entry.p && hit.entry.p !== hit.entry.t ? " · " + hit.entry.p : "");
      var snippet = document.createElement("p");
      snippet.textContent = hit.entry.s;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(kind);
      item.appendChild(snippet);
      results.appendChild(item);
    });
    if (terms(query).length === 0) {
      status.textContent = "";
    } else if (found.length === 0) {
      status.textContent = status.getAttribute("data-none");
    } else {
      status.textContent = status.getAttribute("data-count").replace("{n}", String(found.length));
    }
  }
  // The index is fetched when it is needed: a query in the address, or the
  // search box used; a visit that searches nothing downloads nothing.
  var loading = null;
  function load() {
    if (!loading) {
      loading = fetch(script.getAttribute("data-index"))
        .then(function (response) { return response.json(); })
        .then(function (index) { words = index.words; pages = index.pages; show(input.value); });
    }
    return loading;
  }
  var query = new URLSearchParams(location.search).get("q") || "";
  input.value = query;
  if (query) { load(); }
  input.addEventListener("focus", load);
  input.addEventListener("input", function () { if (pages) { show(input.value); } else { load(); } });
  input.form.addEventListener("submit", function (event) { event.preventDefault(); if (pages) { show(input.value); } else { load(); } });
})();
