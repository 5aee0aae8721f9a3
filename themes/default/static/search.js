/* Stegvis search: finds pages by word prefix, ignoring case and Nordic letters
   ("atgard" finds "åtgärd"), by stem in the page's language ("åtgärderna"
   finds "åtgärder"), and by the parts of compounds ("arbete" finds
   "förbättringsarbete"), title matches first. No framework, no
   other host. The index comes in pieces (search/index/): a query fetches the
   index's map (index.json), then the shards of the words, the stems and
   the compound parts its terms fall in (w/3.json, s/1.json, c/0.json;
   x/0.json, the last guesses, only for a term that finds nothing else),
   then
   the records of the results it shows (p/0.json, CHUNK pages each); nothing
   is fetched before a search. */
(function () {
  "use strict";
  // Word stems, letter for letter as src/stem.rs makes them (Snowball 3.x
  // for Swedish, Norwegian and Danish; plurals, -ing and -ed in English),
  // so that a query's "åtgärderna" meets the index's "åtgärd".
  var stem = (function () {
    function endsWith(word, suffix) {
      return word.length >= suffix.length && word.slice(word.length - suffix.length).join("") === suffix;
    }
    function chars(text) { return Array.from(text); }
    function longestIn(word, r1, suffixes) {
      var best = null;
      suffixes.forEach(function (suffix) {
        var n = chars(suffix).length;
        if (endsWith(word, suffix) && word.length - n >= r1 && (best === null || n > chars(best).length)) { best = suffix; }
      });
      return best;
    }
    function cut(word, suffix) { word.length -= chars(suffix).length; }
    function before(word, end, back) { return end - back >= 0 ? word[end - back] : undefined; }
    function region(word, vowel) {
      if (word.length < 3) { return null; }
      var after = word.length;
      var first = word.findIndex(vowel);
      if (first >= 0) {
        for (var i = first; i < word.length; i++) { if (!vowel(word[i])) { after = i + 1; break; } }
      }
      return Math.max(after, 3);
    }
    function regionAfterApostrophe(word, vowel) {
      if (word.length < 3) { return null; }
      var at = word.indexOf("'");
      return at >= 0 ? Math.max(at + 1, 3) : region(word, vowel);
    }
    function isIn(letters) { return function (ch) { return ch !== undefined && letters.indexOf(ch) >= 0; }; }

    var svVowel = isIn("aeiouyäåö");
    function svEt(word, end) {
      var at = end - 2;
      var shape = before(word, at, 1) !== undefined && !svVowel(before(word, at, 1)) && svVowel(before(word, at, 2)) && at > 2;
      var kept = ["h", "iet", "uit", "fab", "cit", "dit", "alit", "ilit", "mit", "nit", "pit", "rit", "sit", "tit", "ivit", "kvit", "xit", "kom", "rak", "pak", "stak"];
      var head = word.slice(0, at);
      return shape && !kept.some(function (k) { return endsWith(head, k); });
    }
    function swedish(word) {
      var r1 = region(word, svVowel);
      if (r1 === null) { return; }
      var main = ["a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en", "anden", "aren", "heten", "ern", "ar", "er", "heter", "or", "as", "arnas", "ernas", "ornas", "es", "ades", "andes", "ens", "arens", "hetens", "erns", "at", "andet", "het", "ast", "s", "et"];
      var found = longestIn(word, r1, main);
      if (found === "s") {
        var end = word.length - 1;
        if (endsWith(word.slice(0, end), "et") && svEt(word, end)) { cut(word, "ets"); }
        else if (isIn("bcdfghjklmnoprtvy")(before(word, end, 1))) { cut(word, "s"); }
      } else if (found === "et") {
        if (svEt(word, word.length)) { cut(word, "et"); }
      } else if (found !== null) { cut(word, found); }
      if (longestIn(word, r1, ["dd", "gd", "nn", "dt", "gt", "kt", "tt"]) !== null) { word.pop(); }
      found = longestIn(word, r1, ["lig", "ig", "els", "öst", "fullt"]);
      if (found === "öst") {
        if (isIn("iklnprtuv")(before(word, word.length - 3, 1))) { word.pop(); }
      } else if (found === "fullt") { word.pop(); }
      else if (found !== null) { cut(word, found); }
    }

    var noVowel = isIn("aeêioòóôuyæåø");
    function norwegian(word) {
      var r1 = regionAfterApostrophe(word, noVowel);
      if (r1 === null) { return; }
      var main = ["a", "e", "ede", "ande", "ende", "ane", "ene", "hetene", "en", "heten", "ar", "er", "heter", "as", "es", "edes", "endes", "enes", "hetenes", "ens", "hetens", "ets", "et", "het", "ast", "ers", "s", "erte", "ert"];
      var found = longestIn(word, r1, main);
      if (found === "ers") {
        var head = word.slice(0, word.length - 3);
        var longest = function (list) {
          var n = -1;
          list.forEach(function (k) { if (endsWith(head, k)) { n = Math.max(n, chars(k).length); } });
          return n;
        };
        var kept = longest(["amm", "ast", "ind", "kap", "kk", "lt", "nk", "omm", "pp", "v", "øst"]);
        var cutToo = longest(["giv", "hav", "skap"]);
        if (kept < 0 || cutToo > kept) { cut(word, "ers"); }
      } else if (found === "s") {
        var end = word.length - 1;
        var previous = before(word, end, 1);
        var sEnding = isIn("bcdfghjlmnoptvyz")(previous);
        var rNotEr = previous === "r" && before(word, end, 2) !== "e";
        var kAfterConsonant = previous === "k" && before(word, end, 2) !== undefined && !noVowel(before(word, end, 2));
        if (sEnding || rNotEr || kAfterConsonant) { cut(word, "s"); }
      } else if (found === "erte" || found === "ert") {
        cut(word, found);
        word.push("e", "r");
      } else if (found !== null) { cut(word, found); }
      if (longestIn(word, r1, ["dt", "vt"]) !== null) { word.pop(); }
      found = longestIn(word, r1, ["leg", "eleg", "ig", "eig", "lig", "elig", "els", "lov", "elov", "slov", "hetslov"]);
      if (found !== null) { cut(word, found); }
      if (word[word.length - 1] === "'") { word.pop(); }
    }

    var daVowel = isIn("aeiouyæåø");
    function danishPair(word, r1) {
      if (longestIn(word, r1, ["gd", "dt", "gt", "kt"]) !== null) { word.pop(); }
    }
    function danish(word) {
      var r1 = regionAfterApostrophe(word, daVowel);
      if (r1 === null) { return; }
      var main = ["hed", "ethed", "ered", "e", "erede", "ende", "erende", "ene", "erne", "ere", "en", "heden", "eren", "er", "heder", "erer", "heds", "es", "endes", "erendes", "enes", "ernes", "eres", "ens", "hedens", "erens", "ers", "ets", "erets", "et", "eret", "s"];
      var found = longestIn(word, r1, main);
      if (found === "s") {
        if (isIn("abcdfghjklmnoprtvyzå'")(before(word, word.length - 1, 1))) { cut(word, "s"); }
      } else if (found !== null) { cut(word, found); }
      danishPair(word, r1);
      if (endsWith(word, "igst")) { word.length -= 2; }
      found = longestIn(word, r1, ["ig", "lig", "elig", "els", "løst"]);
      if (found === "løst") { word.pop(); }
      else if (found !== null) { cut(word, found); danishPair(word, r1); }
      if (word.length > r1 && word.length >= 2) {
        var last = word[word.length - 1];
        if ("bdfgklmnprst".indexOf(last) >= 0 && word[word.length - 2] === last) { word.pop(); }
      }
      if (word[word.length - 1] === "'") { word.pop(); }
    }

    function english(word) {
      if (word.length <= 3) { return; }
      var vowel = isIn("aeiouy");
      if (endsWith(word, "ies") && word.length > 4) { cut(word, "ies"); word.push("y"); }
      else if (endsWith(word, "sses") || endsWith(word, "shes") || endsWith(word, "ches")) { cut(word, "es"); }
      else if (endsWith(word, "s") && !endsWith(word, "ss") && !endsWith(word, "us")) { word.pop(); }
      var suffixes = ["ing", "ed"];
      for (var i = 0; i < suffixes.length; i++) {
        var keep = Math.max(word.length - suffixes[i].length, 0);
        if (endsWith(word, suffixes[i]) && keep >= 3 && word.slice(0, keep).some(vowel)) {
          word.length = keep;
          var n = word.length;
          if (n >= 2 && word[n - 1] === word[n - 2] && "lsz".indexOf(word[n - 1]) < 0) { word.pop(); }
          break;
        }
      }
    }

    var BY_LANGUAGE = { sv: swedish, nb: norwegian, nn: norwegian, da: danish, en: english };
    return function (text, language) {
      var word = chars(text);
      (BY_LANGUAGE[language] || function () {})(word);
      return word.join("");
    };
  })();

  // Whether `a` becomes `b` by one letter added, left out, changed, or two
  // neighbours swapped ("förbätringsarbete", "förbättrnigsarbete").
  function withinOneEdit(a, b) {
    if (a === b) { return true; }
    var m = a.length, n = b.length;
    if (Math.abs(m - n) > 1) { return false; }
    var i = 0;
    while (i < m && i < n && a[i] === b[i]) { i++; }
    if (m === n) {
      if (a.slice(i + 1) === b.slice(i + 1)) { return true; }
      return i + 1 < m && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return m > n ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }
  if (typeof module !== "undefined" && module.exports) { module.exports = { stem: stem, withinOneEdit: withinOneEdit }; }
  if (typeof document === "undefined") { return; }
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
  // Each word of the query: folded for the word index, and its stem in the
  // page's language for the stems' (a word that folds into several has none).
  var language = (document.documentElement.lang || "sv").slice(0, 2);
  function terms(query, table) {
    var wanted = [];
    query.toLowerCase().normalize("NFC").split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
      var pieces = fold(word, table).split(/[^a-z0-9]+/).filter(function (piece) { return piece.length > 0; });
      // A word that is its own stem needs no stems' shard: the words have it.
      var own = pieces.length === 1 ? stem(word, language) : null;
      pieces.forEach(function (piece) {
        wanted.push({ folded: piece, stem: own !== word ? own : null });
      });
    });
    return wanted;
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
  // The shards of a family (w, s, c, x) that may hold keys starting with
  // `folded`, by the index's map of each shard's first key (index.json),
  // merged into one. A term of one or two letters that would need more than
  // three shards looks only where it would stand itself.
  function shard(family, folded) {
    return piece("index.json", {}).then(function (map) {
      var firsts = map[family] || [];
      var from = 0;
      for (var i = 0; i < firsts.length && firsts[i] <= folded; i++) { from = i; }
      var wanted = [];
      for (var j = from; j < firsts.length && (j === from || firsts[j] < folded + "\uffff"); j++) { wanted.push(j); }
      if (wanted.length > 3 && folded.length < 3) { wanted = wanted.slice(0, 1); }
      return Promise.all(wanted.map(function (n) { return piece(family + "/" + n + ".json", null); }));
    }).then(function (chunks) {
      var merged = { w: [], h: [], b: [], t: [] };
      chunks.forEach(function (chunk) {
        if (!chunk) { return; }
        ["w", "h", "b", "t"].forEach(function (key) { merged[key] = merged[key].concat(chunk[key]); });
        if (chunk.f) { merged.f = (merged.f || []).concat(chunk.f); }
      });
      return merged;
    });
  }
  // A term's word shard, its compound parts' shard and, when it has a
  // stem, its stem shard.
  function shardsOf(term) {
    var words = shard("w", term.folded);
    var stems = term.stem ? shard("s", fold(term.stem, null)) : Promise.resolve(null);
    return Promise.all([words, stems, shard("c", term.folded)]);
  }
  // Gaps between ascending numbers back to the numbers.
  function numbers(gaps, each) {
    var at = 0;
    for (var i = 0; i < gaps.length; i++) { at += gaps[i]; each(at); }
  }
  // The pages a term finds: number → its best [score] there. A word that
  // starts with the term counts 6 times; the term's stem, in its letters, 4
  // times; the last part of a compound that starts with the term or is its
  // stem ("arbete" in "förbättringsarbete") 3 times; the stem folded ("mot"
  // for "möt") twice; and, only when none of these finds a page, a word of
  // 5 letters or more one typo away once, or else a compound's tail after a
  // word of the site (the last guesses), or else a word that starts with
  // most of the term once. In the title or headings 10, only in the text
  // 1, or 3 where the text is about it (BM25's weight of the word's count
  // against the text's length), 20 more in the title.
  function matching(term, found) {
    var pages = new Map();
    function mark(weight, place) {
      return function (page) {
        pages.set(page, Math.max(pages.get(page) || 0, weight * place));
      };
    }
    function each(index, i, weight) {
      numbers(index.h[i], mark(weight, 10));
      numbers(index.b[i], mark(weight, 1));
      if (index.f) { numbers(index.f[i], mark(weight, 3)); }
      numbers(index.t[i], mark(weight, 30));
    }
    var words = found[0];
    var folded = term.stem ? fold(term.stem, null) : null;
    for (var i = 0; i < words.w.length; i++) {
      if (words.w[i].lastIndexOf(term.folded, 0) === 0) { each(words, i, 6); }
      // A word that is its own stem is kept among the words only; a word
      // that starts with a stem of 5 letters or more is a form of it or a
      // compound it begins ("trafikrapporterna": "trafikrapportsmall").
      else if (folded && (words.w[i] === folded || (folded.length >= 5 && words.w[i].lastIndexOf(folded, 0) === 0))) { each(words, i, 2); }
    }
    var stems = found[1];
    if (stems) {
      for (var j = 0; j < stems.w.length; j++) {
        if (stems.w[j] === term.stem) { each(stems, j, 4); }
        else if (fold(stems.w[j], null) === folded) { each(stems, j, 2); }
      }
    }
    // A stem that ends in a doubled letter is also the part without it
    // ("diagrammen" → "diagramm" → "diagram").
    var single = folded && /([^aeiouy])\1$/.test(folded) ? folded.slice(0, -1) : null;
    var parts = found[2];
    for (var p = 0; p < parts.w.length; p++) {
      if (parts.w[p].lastIndexOf(term.folded, 0) === 0 || parts.w[p] === folded || parts.w[p] === single) { each(parts, p, 3); }
    }
    if (pages.size === 0 && term.folded.length >= 5) {
      for (var k = 0; k < words.w.length; k++) {
        if (words.w[k].length >= 5 && withinOneEdit(words.w[k], term.folded)) { each(words, k, 1); }
      }
    }
    // Still nothing: the tail of a word after a word of the site, among
    // the last guesses ("funktioner" in "stödfunktioner"), fetched only then.
    var guesses = found[3];
    for (var g = 0; pages.size === 0 && guesses && g < guesses.w.length; g++) {
      if (guesses.w[g].lastIndexOf(term.folded, 0) === 0) { each(guesses, g, 1); }
    }
    // Still nothing: an ending the stemmer leaves ("simbanan", the lane, of
    // "simbana"): the word shorter by a letter at a time, down to three
    // quarters of it and 5 letters, as the start of a word.
    for (var cut = term.folded.length - 1; pages.size === 0 && cut >= Math.max(5, Math.ceil(term.folded.length * 0.75)); cut--) {
      var start = term.folded.slice(0, cut);
      for (var m = 0; m < words.w.length; m++) {
        if (words.w[m].lastIndexOf(start, 0) === 0) { each(words, m, 1); }
      }
    }
    return pages;
  }
  // Every page that every term finds, the best first (the sum of the
  // terms' scores); then by number (title order).
  function rank(wanted, shards) {
    var sets = wanted.map(function (term, i) { return matching(term, shards[i]); });
    var hits = [];
    sets[0].forEach(function (_, page) {
      var score = 0;
      for (var i = 0; i < sets.length; i++) {
        var best = sets[i].get(page);
        if (!best) { return; }
        score += best;
      }
      hits.push({ page: page, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    return hits;
  }
  function record(page) {
    return piece("p/" + Math.floor(page / CHUNK) + ".json", []).then(function (chunk) { return chunk[page % CHUNK]; });
  }
  // The sentence of a page's passage with the most of the query's words,
  // those words marked, or null where none has one: a word starts with a
  // term, has its stem, or ends in it (a compound's part). A long sentence
  // is cut to the words around the first found.
  var QUOTE = 240;
  function quote(passage, wanted) {
    if (!passage) { return null; }
    var best = null, most = 0;
    // Its sentences: a line each block, split after . ! ? … (without a
    // lookbehind, which Safari before 16.4 cannot parse).
    var sentences = [];
    passage.split(/\n+/).forEach(function (line) {
      var cut = line.split(/([.!?…])\s+/);
      for (var c = 0; c < cut.length; c += 2) { sentences.push(cut[c] + (cut[c + 1] || "")); }
    });
    sentences.forEach(function (sentence) {
      var pieces = sentence.split(/([^\p{L}\p{N}]+)/u);
      var hit = {};
      var marks = pieces.map(function (piece, i) {
        if (i % 2 === 1 || piece === "") { return false; }
        var folded = fold(piece, null);
        var own = stem(piece.toLowerCase(), language);
        return wanted.some(function (term, t) {
          var found = folded.lastIndexOf(term.folded, 0) === 0
            || (term.stem !== null && own === term.stem)
            || (term.folded.length >= 4 && folded.length > term.folded.length && folded.indexOf(term.folded) > 0);
          if (found) { hit[t] = true; }
          return found;
        });
      });
      var count = Object.keys(hit).length;
      if (count > most) { most = count; best = { pieces: pieces, marks: marks }; }
    });
    if (!best) { return null; }
    // Where the sentence is long: from a little before the first word found.
    var first = best.marks.indexOf(true);
    var before = best.pieces.slice(0, first).join("");
    var start = 0;
    if (before.length > QUOTE / 3) {
      var chars = 0;
      for (start = first; start > 0 && chars + best.pieces[start - 1].length < QUOTE / 3; start--) { chars += best.pieces[start - 1].length; }
      if (start % 2 === 1) { start++; }
    }
    var quoted = document.createDocumentFragment();
    if (start > 0) { quoted.appendChild(document.createTextNode("… ")); }
    var length = 0;
    for (var i = start; i < best.pieces.length; i++) {
      if (length > QUOTE && i % 2 === 1) { quoted.appendChild(document.createTextNode(" …")); break; }
      length += best.pieces[i].length;
      if (best.marks[i]) {
        var mark = document.createElement("mark");
        mark.textContent = best.pieces[i];
        quoted.appendChild(mark);
      } else {
        quoted.appendChild(document.createTextNode(best.pieces[i]));
      }
    }
    return quoted;
  }
  var shownTerms = [];
  function item(entry) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = entry[1];
    link.textContent = entry[0];
    var kind = document.createElement("span");
    kind.className = "search-kind";
    kind.textContent = entry[2] + (entry[3] && entry[3] !== entry[0] ? " · " + entry[3] : "");
    var snippet = document.createElement("p");
    var quoted = quote(entry[4], shownTerms) || quote(entry[5], shownTerms);
    if (quoted) { snippet.appendChild(quoted); } else { snippet.textContent = entry[4]; }
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
    Promise.all(wanted.map(shardsOf)).then(function (shards) {
      // A term that finds nothing looks among the last guesses too (x/a.json).
      return Promise.all(wanted.map(function (term, i) {
        if (search !== latest || matching(term, shards[i]).size > 0) { return shards[i]; }
        return shard("x", term.folded).then(function (guesses) { return shards[i].concat([guesses]); });
      }));
    }).then(function (shards) {
      if (search !== latest) { return; }
      shownTerms = wanted;
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
