// search.js's word matching, without a browser: its stemmer in each
// language (the Rust index's own is checked against it by
// tests/search.rs) and its one-typo match.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { stem, withinOneEdit } = require("../../themes/default/static/search.js");

test("each language's stemmer brings a word's forms together", () => {
  const same = {
    sv: [["åtgärder", "åtgärderna", "åtgärd"], ["trafikrapporten", "trafikrapporterna", "trafikrapport"], ["mötet", "möten", "möte"]],
    nb: [["tiltakene", "tiltak", "tiltaket"], ["rapportene", "rapporten", "rapport"]],
    nn: [["møtene", "møtet", "møte"]],
    da: [["handlingsplanen", "handlingsplaner", "handlingsplan"], ["forbedringerne", "forbedringer", "forbedring"]],
    en: [["templates", "template"], ["meetings", "meeting"], ["studies", "study"]],
  };
  for (const [language, groups] of Object.entries(same)) {
    for (const group of groups) {
      const stems = new Set(group.map((word) => stem(word, language)));
      assert.equal(stems.size, 1, `${language}: ${group.join(", ")} → ${[...stems].join(", ")}`);
    }
  }
  // Not over-stemmed: a short word stays, a stem ending that is part of the word stays.
  assert.equal(stem("ur", "sv"), "ur");
  assert.equal(stem("paket", "sv"), "paket");
  assert.equal(stem("status", "en"), "status");
});

test("one typo is forgiven: a letter added, left out, changed or two swapped, not two", () => {
  const word = "forbattringsarbete";
  for (const typo of ["forbatringsarbete", "forbattringsarbetee", "forbättringsarbete".replace("ä", "e"), "forbattrnigsarbete"]) {
    assert.ok(withinOneEdit(word, typo), typo);
  }
  for (const far of ["forbatringsarbet", "fobatringsarbete", "arbete"]) {
    assert.ok(!withinOneEdit(word, far), far);
  }
  assert.ok(withinOneEdit("tiltak", "tiltka"), "nb: swapped");
  assert.ok(withinOneEdit("handlingsplan", "handlingplan"), "da: left out");
  assert.ok(withinOneEdit("template", "tempalte"), "en: swapped");
});
