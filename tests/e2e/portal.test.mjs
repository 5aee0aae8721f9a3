// The example portal in a real headless Chromium: zero axe-core violations of
// the WCAG 2.1 A and AA rules on a page of every kind (light and dark), the
// skip link first in the tab order and moving focus to <main>, no horizontal
// scrolling at 320 px, a header a sixth of a phone's screen whose menu
// links scroll into view when focused, search by a word without Nordic letters and by keyboard
// alone, agendas, steps, a plan and a meeting's round of the table printed on
// A4 (wide tables on sheets of their own, turned), traffic statuses in
// words and a shape of their own, no request to another host and none
// answered 404 (the favicon), no cookie and nothing stored in the browser
// (storage, IndexedDB, caches, service workers) on any page kind, unique landmark names, parts in another
// language marked, no layout shift when search results arrive, and nothing
// for the W3C Nu HTML checker (vnu.jar from npm, run with Debian's Java).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, existsSync, statSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, extname, resolve } from "node:path";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

const repo = resolve(import.meta.dirname, "../..");
const stegvis = process.env.STEGVIS ?? join(repo, "target/debug/stegvis");
const pages = {
  home: "/",
  process: "/process/",
  printProcess: "/process/utskrift/",
  phase: "/process/genomforande/",
  step: "/process/genomforande/gap/",
  template: "/mallar/trafikrapport/",
  pdfTemplate: "/mallar/fiskbensdiagram/",
  meetings: "/moten/",
  onlineMeeting: "/moten/natverkstraff-2026-12-10/",
  templates: "/mallar/",
  news: "/nyheter/",
  meeting: "/moten/samordningsgruppen-2025-02-28/",
  materials: "/larande/",
  material: "/larande/pdsa/",
  keyFigures: "/nyckeltal/lokalvard/",
  keyFiguresOverTime: "/nyckeltal/lokalvard-over-tid/",
  plan: "/genomforandeplan/",
  area: "/genomforandeplan/kvalitetsdriven-utveckling/",
  report: "/genomforandeplan/rapporter/2025-02-lovsta-kvalitet/",
  search: "/search/?q=fiskben",
  cookies: "/om-kakor/",
  accessibilityStatement: "/tillganglighetsredogorelse/",
  notFound: "/finns-inte/",
};
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".xml": "application/xml", ".ics": "text/calendar" };

let server, browser, base, out, outside = [], missing = [];

before(async () => {
  out = mkdtempSync(join(tmpdir(), "stegvis-e2e-"));
  execFileSync(stegvis, ["build", "--root", repo, "--output", out, "--now", "2025-06-01"], { stdio: "inherit" });
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    let file = join(out, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(out) || !existsSync(file)) {
      response.writeHead(404, { "content-type": types[".html"] });
      response.end(readFileSync(join(out, "404.html")));
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function open(path, width = 1280, options = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
  const page = await context.newPage();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.hostname !== "127.0.0.1") outside.push(request.url());
  });
  page.on("response", (response) => {
    if (response.status() === 404 && !path.startsWith("/finns-inte")) missing.push(response.url());
  });
  await page.goto(base + path);
  return { page, context };
}

for (const [kind, path] of Object.entries(pages)) {
  test(`${kind}: no WCAG 2.1 A/AA violations`, async () => {
    const { page, context } = await open(path);
    if (kind === "search") await page.waitForSelector("#search-results li");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    assert.deepEqual(violations, []);
    await context.close();
  });

  test(`${kind}: no WCAG 2.1 A/AA violations in dark mode`, async () => {
    const { page, context } = await open(path, 1280, { colorScheme: "dark" });
    if (kind === "search") await page.waitForSelector("#search-results li");
    const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
    assert.ok(dark, "the page does not see the dark colour scheme");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    assert.deepEqual(violations, []);
    await context.close();
  });

  test(`${kind}: sets no cookie, stores nothing in the browser and its policy refuses nothing it loads`, async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    // Every way a page can keep something in the browser, recorded as it is tried.
    await context.addInitScript(() => {
      // And whatever the page's Content-Security-Policy refuses: the policy
      // must allow all the portal loads itself.
      window.__refused = [];
      document.addEventListener("securitypolicyviolation", (event) => window.__refused.push(`${event.violatedDirective} ${event.blockedURI}`));
      window.__stored = [];
      const note = (what) => window.__stored.push(what);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) { note(`storage: ${key}`); return setItem.call(this, key, value); };
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
      Object.defineProperty(Document.prototype, "cookie", {
        get() { return cookie.get.call(this); },
        set(value) { note(`cookie: ${value}`); cookie.set.call(this, value); },
      });
      const openDatabase = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (name, ...rest) { note(`indexedDB: ${name}`); return openDatabase.call(this, name, ...rest); };
      if (globalThis.CacheStorage) {
        const openCache = CacheStorage.prototype.open;
        CacheStorage.prototype.open = function (name) { note(`cache: ${name}`); return openCache.call(this, name); };
      }
      if (navigator.serviceWorker) {
        const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
        navigator.serviceWorker.register = (url, ...rest) => { note(`service worker: ${url}`); return register(url, ...rest); };
      }
    });
    const page = await context.newPage();
    const elsewhere = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith("http") && url.hostname !== "127.0.0.1") elsewhere.push(request.url());
    });
    await page.goto(base + path);
    if (kind === "search") await page.waitForSelector("#search-results li");
    // What a member does on it: a search typed in the header, a details opened.
    await page.fill("#site-search", "plan");
    await page.evaluate(() => document.querySelectorAll("details").forEach((details) => { details.open = true; }));
    await page.waitForTimeout(100);
    assert.deepEqual(await page.evaluate(() => window.__stored), []);
    assert.deepEqual(await page.evaluate(() => window.__refused), []);
    assert.ok(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content.startsWith("default-src 'self'")), "no policy");
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(elsewhere, []);
    await context.close();
  });

  test(`${kind}: every landmark has a name of its own`, async () => {
    const { page, context } = await open(path);
    const results = await new AxeBuilder({ page }).withRules(["landmark-unique", "region"]).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    assert.deepEqual(violations, []);
    await context.close();
  });

  test(`${kind}: no horizontal scrolling at 320 px`, async () => {
    const { page, context } = await open(path, 320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    await context.close();
  });
}

test("on a phone, the home page shows the next meeting in the first screen, then the process at a glance", async () => {
  const { page, context } = await open(pages.home, 390);
  await page.setViewportSize({ width: 390, height: 844 });
  const next = page.getByRole("heading", { name: "Nästa möte" });
  const box = await next.boundingBox();
  assert.ok(box && box.y + box.height < 844, `the next meeting's heading is at ${box?.y} px`);
  const card = page.locator(".next-meeting");
  assert.match(await card.innerText(), /Nätverksdag/, "the first meeting after the build's date (2025-06-01)");
  assert.match(await card.innerText(), /När/);
  const phases = page.locator(".glance-phases > li");
  assert.equal(await phases.count(), 4, "four phases, numbered, each with its first step");
  assert.match(await phases.first().innerText(), /Börja med/);
  await context.close();
});

test("the stepper says where the reader is, in words and by aria-current, and is walked by keyboard", async () => {
  const { page, context } = await open(pages.step, 390);
  const here = page.locator('.stepper a[aria-current="step"]');
  assert.equal(await here.count(), 1);
  assert.match(await here.innerText(), /Analysera gapen\s+\(du är här\)/);
  // Tab from the stepper's title goes through the phases and then the current phase's steps.
  await page.locator(".stepper-title a").focus();
  const visited = [];
  for (let n = 0; n < 6; n += 1) {
    await page.keyboard.press("Tab");
    visited.push(await page.evaluate(() => document.activeElement.closest(".stepper") ? document.activeElement.textContent.trim() : "outside"));
  }
  assert.match(visited[0], /Remiss/, visited.join(" | "));
  assert.ok(visited.some((text) => /du är här/.test(text)), visited.join(" | "));
  // Each link of the short list on a phone is at least 44 px high to tap.
  const heights = await page.locator(".stepper-phases > li:not(.is-here) > a").evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
  assert.ok(heights.length > 0 && heights.every((h) => h >= 44), heights.join(", "));
  await context.close();
});

for (const scripts of [true, false]) {
  test(`the materials filter shows one group by its link and all again, by keyboard (scripts ${scripts ? "on" : "off"})`, async () => {
    const { page, context } = await open(pages.materials, 1280, { javaScriptEnabled: scripts });
    const visible = () => page.locator(".filterable .group").evaluateAll((groups) => groups.filter((g) => g.offsetParent !== null).map((g) => g.id));
    const all = await visible();
    assert.ok(all.length > 3, all.join(", "));
    await page.locator(".filter a", { hasText: "Film" }).focus();
    await page.keyboard.press("Enter");
    assert.deepEqual(await visible(), ["format-video"]);
    await page.locator(".filter a", { hasText: "Visa allt" }).focus();
    await page.keyboard.press("Enter");
    assert.deepEqual(await visible(), all);
    await context.close();
  });
}

test("the agenda at 320 px keeps every column in view and is still a table", async () => {
  const { page, context } = await open(pages.meeting, 320);
  const table = page.getByRole("table", { name: /Dagordning/ });
  assert.equal(await table.count(), 1);
  const cell = table.getByRole("cell", { name: "Ordföranden" });
  assert.ok(await cell.isVisible());
  const box = await cell.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320, `the cell is at ${box.x}–${box.x + box.width} px`);
  const label = await cell.evaluate((td) => getComputedStyle(td, "::before").content);
  assert.equal(label, '"Ansvarig: "', "each stacked cell says which column it is");
  await context.close();
});

test("a template page and the templates list say what the document is and that it is accessible", async () => {
  const { page, context } = await open(pages.pdfTemplate, 390);
  const download = page.getByRole("link", { name: /^Ladda ned Fiskbensdiagram – arbetsblad \(PDF, \d+ kB\)$/ });
  await download.waitFor();
  assert.equal(await page.locator(".download + .meta").innerText(), "1 sida, på svenska");
  const accessibility = page.locator("p.accessibility");
  assert.equal(await accessibility.innerText(), "Tillgänglighetsanpassat dokument (PDF/UA-1)");
  assert.ok(await accessibility.isVisible(), "shown in the first screen on a phone");
  const box = await accessibility.boundingBox();
  assert.ok(box.y + box.height < 844, `the statement is in the first screen: ${JSON.stringify(box)}`);
  await page.goto(base + pages.templates);
  const card = page.locator(".card", { has: page.getByRole("link", { name: "Projektplan", exact: true }) });
  assert.match(await card.locator(".card-download").innerText(), /Ladda ned Projektplan \(Word-dokument, \d+ kB\) · 3 sidor, på svenska · Tillgänglighetsanpassat dokument/);
  await context.close();
});

test("the skip link comes first and moves focus to main", async () => {
  const { page, context } = await open(pages.step);
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => ({ text: document.activeElement.textContent, href: document.activeElement.getAttribute("href") }));
  assert.equal(first.href, "#main");
  await page.keyboard.press("Enter");
  const focused = await page.evaluate(() => document.activeElement.id);
  assert.equal(focused, "main");
  await context.close();
});

test("search finds a step by a word from its text, without Nordic letters", async () => {
  const { page, context } = await open("/search/");
  await page.fill("#search-input", "atgard");
  await page.waitForSelector("#search-results li");
  const titles = await page.$$eval("#search-results li a", (links) => links.map((link) => link.textContent));
  assert.ok(titles.includes("Välj åtgärder"), titles.join(", "));
  const status = await page.textContent("#search-status");
  assert.match(status, /träffar/);
  await context.close();
});

test("search finds a meeting by an item of its agenda, its place and its date, and says one result in the singular", async () => {
  const { page, context } = await open("/search/");
  const search = async (query) => {
    await page.goto(base + "/search/?q=" + encodeURIComponent(query));
    await page.waitForFunction(() => /^\d+ /.test(document.getElementById("search-status").textContent));
    return {
      titles: await page.$$eval("#search-results li a", (links) => links.map((link) => link.textContent)),
      status: await page.textContent("#search-status"),
    };
  };
  const agenda = await search("omställningen");
  assert.ok(agenda.titles.some((title) => /Nätverksträff/.test(title)), agenda.titles.join(", "));
  const place = await search("sal 3");
  assert.ok(place.titles.length >= 2 && place.titles.every((title) => /Nätverksträff/.test(title)), place.titles.join(", "));
  const date = await search("torsdag 12 mars");
  assert.ok(date.titles.some((title) => /Nätverksträff/.test(title)), date.titles.join(", "));
  assert.equal(date.status, `${date.titles.length} ${date.titles.length === 1 ? "träff" : "träffar"}`);
  const one = await search("fallprevention");
  assert.equal(one.titles.length, 1, one.titles.join(", "));
  assert.equal(one.status, "1 träff");
  await context.close();
});

test("a search fetches only the pieces of the index it needs, none before", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const fetched = [];
  page.on("request", (request) => { if (request.url().includes("/search/index/")) fetched.push(new URL(request.url()).pathname); });
  await page.goto(base + "/search/");
  await page.waitForLoadState("networkidle");
  assert.deepEqual(fetched, [], "nothing before a search");
  await page.fill("#search-input", "atgard");
  await page.waitForSelector("#search-results li");
  await page.waitForLoadState("networkidle");
  assert.ok(fetched.includes("/search/index/index.json") && fetched.includes("/search/index/w/0.json"), fetched.join(", "));
  assert.ok(fetched.every((path) => /^\/search\/index\/(index|[wsc]\/\d+|p\/\d+)\.json$/.test(path)), fetched.join(", "));
  assert.ok(fetched.length <= 11, `${fetched.length} requests`);
  await page.fill("#search-input", "atgärder");
  await page.waitForSelector("#search-results li");
  assert.equal(fetched.filter((path) => path.endsWith("/w/0.json")).length, 1, "each piece fetched once");
  await context.close();
});

// What the single-file index found before it was split (issue 19), as sets:
// search finds at least these (since issue 37 also more, by a meeting's
// agenda and by stems: "mallar" finds "mallen").
const queries = [
  ["atgard", ["Fiskbensdiagram","Genomförande","Välj åtgärder"]],
  ["åtgärd", ["Fiskbensdiagram","Genomförande","Välj åtgärder"]],
  ["fiskben", ["Analysera gapen","Fiskbensdiagram","Fiskbensdiagram – arbetsblad"]],
  ["trafikrapport mall", ["Innan du publicerar","Ny version av trafikrapportsmallen"]],
  ["PDSA", ["Nätverksträff: PDSA i praktiken 2026-03-12","PDSA-hjulet","Testa och förbättra","Åsunda kommun: kvalitetsdriven utveckling, mars 2025"]],
  ["team", ["Analysera gapen","Beskriv nuläget","Beskriv önskat läge","Fiskbensdiagram","Fiskbensdiagram – arbetsblad","Följ upp och lär ständigt","Förberedelse","Genomförande","Genomförandeplan för samordningsgruppen","Gör den årliga genomgången","Gör en plan","Kompetens och bemanning","Kvalitetsdriven utveckling","Lärrummet","Mått i alla team","Projektplan","Pröva och godkänna uppdraget","Region Norrby: kvalitetsdriven utveckling, februari 2025","Regional förbättringsprocess","Remiss, godkännande och uppstart","Starta teamet","Säkra stödfunktioner","Sätt samman teamet","Ta emot remissen","Testa och förbättra","Trafikrapportsmall","Uppföljning och lärande","Välj åtgärder","Årets nätverksdag samlade alla regioner","Åsunda kommun: kvalitetsdriven utveckling, februari 2025","Åsunda kommun: kvalitetsdriven utveckling, mars 2025"]],
  ["nätverksträff 2026", ["Nätverksträff: PDSA i praktiken 2026-03-12","Nätverksträff: planering inför 2027 2026-12-10"]],
  ["mallar", ["Förberedelse","Genomförande","Innan du publicerar","Mallar","Processen","Regional förbättringsprocess","Remiss, godkännande och uppstart","Uppföljning och lärande"]],
  ["pro", ["Fiskbensdiagram","Fiskbensdiagram – arbetsblad","Flödesschema","Följ upp och lär ständigt","Gör en plan","Kvalitetsdriven utveckling","Levande biblioteket","Lärande","Lärrummet","Mallar","Mått i alla team","Nyheter","PDSA-hjulet","PROM och PREM","Processen","Projektplan","Pröva och godkänna uppdraget","Region Norrby: kvalitetsdriven utveckling, mars 2025","Regional förbättringsprocess","Remiss, godkännande och uppstart","Simbanor","Spagettidiagram","Sätt samman teamet","Tillgänglighetsredogörelse","Årets nätverksdag samlade alla regioner"]],
  ["lokalvård", ["Lokalvård hösten 2025","Lokalvård över tid","Nyckeltal"]],
];

test("search finds at least the pages it found before the index was split, title matches first", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const [query, titles] of queries) {
    await page.goto(base + "/search/?q=" + encodeURIComponent(query));
    await page.waitForFunction(() => /^\d+ /.test(document.getElementById("search-status").textContent));
    const total = parseInt(await page.textContent("#search-status"), 10);
    // Ten at a time: the button shows the next ten (waited for, as the
    // records of each ten are fetched before they are shown).
    const shown = () => page.locator("#search-results li").count();
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length >= n, Math.min(total, 10));
    for (let i = 0; i < 10 && (await shown()) < total; i++) {
      const before = await shown();
      await page.locator("#search-more").click();
      await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, before);
    }
    const found = await page.$$eval("#search-results li a", (links) => links.map((link) => link.textContent));
    assert.deepEqual(titles.filter((title) => !found.includes(title)), [], `${query}: lost`);
    assert.equal(found.length, total, `${query}: every result is shown`);
  }
  await page.goto(base + "/search/?q=atgard");
  await page.waitForSelector("#search-results li");
  assert.equal(await page.textContent("#search-results li a"), "Välj åtgärder", "the title match first");
  await context.close();
});

// Opens the search page for `query` and waits for its count: the titles of
// the results shown (or their paths).
async function searchFor(page, query, { paths = false } = {}) {
  await page.goto(base + "/search/?q=" + encodeURIComponent(query));
  await page.waitForFunction(() => /^\d+ |^Inga/.test(document.getElementById("search-status").textContent));
  return page.$$eval("#search-results li a", (links, paths) => links.map((link) => (paths ? new URL(link.href).pathname : link.textContent)), paths);
}

test("search finds a word's other forms by its stem, and forgives one typo", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const search = (query) => searchFor(page, query);
  // Longer than any form on the site: found by the stem.
  assert.ok((await search("förbättringsarbetet")).length > 0, "förbättringsarbetet");
  assert.ok((await search("åtgärderna")).includes("Välj åtgärder"), "åtgärderna");
  const reports = await search("trafikrapporterna");
  assert.ok(reports.includes("Nätverksträff: PDSA i praktiken 2026-03-12"), "trafikrapporterna finds the agenda item \"Trafikrapporter\"");
  // A compound the stem begins, in a title: among the first.
  assert.ok(reports.slice(0, 3).includes("Trafikrapportsmall"), reports.join(", "));
  // One typo is forgiven when the word as typed finds nothing.
  const typo = await search("förbätringsarbete");
  const right = await search("förbättringsarbete");
  assert.ok(right.length > 0 && right.every((title) => typo.includes(title)), `typo ${typo.join(", ")}; right ${right.join(", ")}`);
  // An ending the stemmer leaves: found by the word's start.
  assert.ok((await search("simbanan")).includes("Simbanor"), "simbanan finds Simbanor");
  // An inflected form finds what its base form finds.
  const mote = await search("möte");
  const moten = await search("möten");
  assert.ok(moten.length >= mote.length * 0.8, `möten ${moten.length}, möte ${mote.length}`);
  await context.close();
});

test("search finds a compound by its last part", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const search = (query) => searchFor(page, query);
  // "diagram" is no word of its own on the site: three compounds end in it.
  const diagram = await search("diagram");
  for (const title of ["Fiskbensdiagram", "Spagettidiagram"]) assert.ok(diagram.includes(title), `diagram: ${diagram.join(", ")}`);
  assert.ok((await search("plan")).includes("Projektplan"), "plan finds Projektplan");
  assert.ok((await search("diagrammen")).includes("Spagettidiagram"), "diagrammen finds Spagettidiagram");
  // A part that is no word of the site, after a head that begins other compounds.
  assert.ok((await search("måltider")).includes("Patientmåltider hösten 2025"), "måltider");
  // A word found only inside a compound, after a word of the site: the last guess.
  assert.ok((await search("funktioner")).includes("Säkra stödfunktioner"), "funktioner");
  // A part is found in its other forms too: "Om portalen" has no word of
  // "arbet-" but "förbättringsarbete".
  assert.deepEqual(await search("portalen arbetet"), ["Om portalen"]);
  assert.deepEqual(await search("portalen arbete"), ["Om portalen"]);
  // Each result quotes the sentence with the words found, and marks them.
  await search("arbete");
  const marked = await page.$$eval("#search-results li mark", (marks) => marks.map((mark) => mark.textContent.toLowerCase()));
  assert.ok(marked.length >= 5 && marked.every((word) => word.includes("arbet")), marked.join(", "));
  assert.ok(marked.includes("förbättringsarbete"), marked.join(", "));
  await context.close();
});

test("search finds the pages Stegvis writes itself: cookies and the accessibility statement", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const search = (query) => searchFor(page, query, { paths: true });
  assert.equal((await search("kakor"))[0], "/om-kakor/");
  assert.ok((await search("tillgänglighetsredogörelse")).includes("/tillganglighetsredogorelse/"));
  await context.close();
});

test("more results by keyboard: the button moves focus to the first new result", async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto(base + "/search/?q=team");
  await page.waitForSelector("#search-results li");
  assert.equal(await page.locator("#search-results li").count(), 10);
  await page.focus("#search-more");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 10);
  assert.equal(await page.evaluate(() => [...document.querySelectorAll("#search-results li a")].indexOf(document.activeElement)), 10);
  await context.close();
});

test("search works by keyboard alone: the header box, Enter, Tab to a result, Enter", async () => {
  const { page, context } = await open(pages.step);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement.id === "site-search")) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), "site-search", "Tab never reached the search box");
  await page.keyboard.type("atgard");
  await Promise.all([page.waitForURL(/\/search\/\?q=atgard/), page.keyboard.press("Enter")]);
  await page.waitForSelector("#search-results li a");
  let focused = "";
  for (let i = 0; i < 30 && focused !== "Välj åtgärder"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => (document.activeElement.closest("#search-results") ? document.activeElement.textContent : ""));
  }
  assert.equal(focused, "Välj åtgärder", "Tab never reached the result");
  await Promise.all([page.waitForURL(/\/process\//), page.keyboard.press("Enter")]);
  assert.equal(await page.textContent("h1"), "Välj åtgärder");
  await context.close();
});

// A4 is 210 mm wide; with the print stylesheet's 16 mm margins 178 mm (673 CSS px) are left.
// A table of many columns (a plan's areas, a meeting's round of the table) is
// printed on sheets of its own, turned, with its links' names only.
const printed = {
  home: { sheets: [1, 3], landscape: 0 },
  step: { sheets: [1, 2], landscape: 0 },
  meeting: { sheets: [2, 4], landscape: 1 },
  plan: { sheets: [2, 3], landscape: 1 },
  // Four phases, each from a new sheet.
  printProcess: { sheets: [5, 14], landscape: 0 },
};
for (const [kind, expected] of Object.entries(printed)) {
  test(`${kind}: prints on A4 without navigation, with link targets written out`, async () => {
    const { page, context } = await open(pages[kind], 673);
    await page.emulateMedia({ media: "print" });
    const hidden = await page.evaluate(() =>
      [".site-header", ".breadcrumbs", ".site-footer", ".skip-link", ".pager", ".stepper"]
        .flatMap((selector) => [...document.querySelectorAll(selector)])
        .filter((element) => getComputedStyle(element).display !== "none")
        .map((element) => element.className),
    );
    assert.deepEqual(hidden, [], "navigation is printed");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the printed page is ${overflow} px wider than A4`);
    const targets = await page.$$eval("main a[href]:not([href^='#'])", (links) =>
      links
        .filter((link) => link.checkVisibility())
        .map((link) => ({
          href: link.getAttribute("href"),
          after: getComputedStyle(link, "::after").content,
          inWideTable: link.closest(".table-scroll.wide, .round-table") !== null,
        })),
    );
    assert.ok(targets.length > 0);
    for (const { href, after, inWideTable } of targets) {
      if (inWideTable) assert.equal(after, "none", `${href} in a wide table is printed by its name only`);
      else assert.ok(after.includes(href), `${href} is printed as ${after}`);
    }
    const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const sheets = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    const [least, most] = expected.sheets;
    assert.ok(sheets >= least && sheets <= most, `${kind} prints on ${sheets} A4 sheets`);
    const landscape = boxes.filter(([width, height]) => width > height).length;
    if (expected.landscape) assert.ok(landscape >= expected.landscape, `${kind}: its wide table is on a turned sheet (${JSON.stringify(boxes)})`);
    else assert.equal(landscape, 0, `${kind} has no turned sheet`);
    await context.close();
  });
}

test("the process page links to the whole process on one page, which holds every phase and step in order with their templates", async () => {
  const { page, context } = await open(pages.process, 390);
  await page.getByRole("link", { name: "Hela processen på en sida" }).click();
  await page.waitForURL(/\/process\/utskrift\/$/);
  const whole = await page.evaluate(() => ({
    phases: [...document.querySelectorAll(".print-phase h2")].map((heading) => heading.textContent),
    steps: document.querySelectorAll(".print-step h3").length,
    deepest: Math.min(...[...document.querySelectorAll(".print-step .content :is(h2, h3, h4, h5, h6)")].map((heading) => Number(heading.tagName[1]))),
    templates: [...document.querySelectorAll(".print-step .downloads li")].map((item) => item.textContent),
    breaks: [...document.querySelectorAll(".print-phase")].map((phase) => getComputedStyle(phase).breakBefore),
  }));
  assert.deepEqual(whole.phases, ["Remiss, godkännande och uppstart", "Förberedelse", "Genomförande", "Uppföljning och lärande"]);
  assert.ok(whole.steps >= 10, `${whole.steps} steps`);
  assert.ok(whole.deepest >= 4, "a step's own headings stand below its h3");
  assert.ok(whole.templates.some((item) => /Projektplan \(Word-dokument, \d+ kB\)/.test(item)), JSON.stringify(whole.templates));
  await page.emulateMedia({ media: "print" });
  const breaks = await page.evaluate(() => [...document.querySelectorAll(".print-phase")].map((phase) => getComputedStyle(phase).breakBefore));
  assert.deepEqual(breaks, ["auto", "page", "page", "page"], "each phase after the first from a new sheet");
  await context.close();
});

test("a traffic status is said in words and shown by a shape of its own, outlined against the page in light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context } = await open(pages.meeting, 1280, { colorScheme });
    const statuses = await page.$$eval(".round-table .status", (elements) =>
      elements.map((element) => {
        const symbol = element.querySelector("svg");
        const shape = symbol.firstElementChild;
        const style = getComputedStyle(symbol);
        return {
          name: [...element.classList].find((name) => name.startsWith("status-")),
          text: element.textContent.trim(),
          shape: shape.tagName + (shape.getAttribute("transform") ?? ""),
          hidden: symbol.getAttribute("aria-hidden"),
          stroke: style.stroke,
          fill: style.fill,
          background: getComputedStyle(document.documentElement).backgroundColor,
        };
      }),
    );
    assert.ok(statuses.length >= 6, `the round of the table shows the statuses (${statuses.length})`);
    const byName = new Map(statuses.map((status) => [status.name, status]));
    assert.deepEqual([...byName.keys()].sort(), ["status-green", "status-red", "status-yellow"]);
    const words = { "status-green": "Grön – enligt plan", "status-yellow": "Gul – risk för avvikelse", "status-red": "Röd – avviker" };
    for (const [name, status] of byName) {
      assert.equal(status.text, words[name], "the status in words");
      assert.equal(status.hidden, "true", "the symbol is not read out twice");
    }
    assert.equal(new Set([...byName.values()].map((status) => status.shape)).size, 3, "three shapes, not three colours");
    assert.equal(new Set([...byName.values()].map((status) => status.fill)).size, 3, "and three colours");
    // The outline is what sets a symbol apart from the page (WCAG 1.4.11: 3:1).
    const luminance = (rgb) => {
      const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const status of byName.values()) {
      const [a, b] = [luminance(status.stroke), luminance(status.background)].sort((x, y) => y - x);
      const contrast = (a + 0.05) / (b + 0.05);
      assert.ok(contrast >= 3, `${colorScheme}: the ${status.name} outline has contrast ${contrast.toFixed(2)}`);
    }
    await context.close();
  }
});

test("search results arrive without moving the page (cumulative layout shift)", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const page = await context.newPage();
  await page.goto(base + "/search/?q=fiskben");
  await page.waitForSelector("#search-results li");
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift < 0.01, `layout shift ${shift.toFixed(3)} (the search page shifted 0.14 before it kept room for results)`);
  await context.close();
});

test("on a phone a plan's table shows each area's latest status without scrolling sideways, under its whole title", async () => {
  for (const width of [320, 390]) {
    const { page, context } = await open(pages.plan, width);
    const seen = await page.evaluate(() => {
      const region = document.querySelector(".table-scroll:has(> .areas-table)");
      const view = region.getBoundingClientRect();
      const cells = [...region.querySelectorAll("tbody tr > td:nth-child(2)")].map((cell) => cell.getBoundingClientRect());
      const header = region.querySelector("thead th:nth-child(2)").textContent;
      const title = region.previousElementSibling;
      return { header, cut: cells.filter((cell) => cell.right > view.right + 1).length, cells: cells.length, titleCut: title.scrollWidth > title.clientWidth, wide: region.scrollWidth > region.clientWidth };
    });
    assert.equal(seen.header, "Senaste status", `${width}: the status is the second column`);
    assert.ok(seen.cells > 3, `${width}: ${seen.cells} rows`);
    assert.equal(seen.cut, 0, `${width}: ${seen.cut} status cells run past the screen`);
    assert.equal(seen.titleCut, false, `${width}: the table's title is cut`);
    assert.ok(seen.wide, `${width}: the goals and vision follow when the table is scrolled`);
    await context.close();
  }
});

test("on a phone the header keeps to a sixth of the screen, and every menu link is reached by keyboard in view", async () => {
  for (const path of [pages.home, pages.plan, pages.meeting]) {
    const { page, context } = await open(path, 390);
    const header = await page.evaluate(() => document.querySelector(".site-header").getBoundingClientRect().height);
    assert.ok(header <= 844 / 6, `${path}: the header is ${header} px high`);
    const links = await page.locator(".main-nav a").count();
    assert.ok(links >= 5, `${links} menu links`);
    // Tabbed to as a keyboard user does: each link comes into view (a
    // link half in view at the faded edge counts: its focus ring shows),
    // and the last one wholly.
    await page.locator(".main-nav a").first().focus();
    for (let n = 0; n < links; n++) {
      if (n > 0) await page.keyboard.press("Tab");
      const box = await page.evaluate(() => {
        const rect = document.activeElement.getBoundingClientRect();
        return { inMenu: !!document.activeElement.closest(".main-nav"), left: rect.left, right: rect.right, width: innerWidth };
      });
      assert.ok(box.inMenu, `${path}: Tab left the menu at link ${n + 1}`);
      const shown = Math.min(box.right, box.width) - Math.max(box.left, 0);
      assert.ok(shown >= (box.right - box.left) / 2, `${path}: menu link ${n + 1} is out of view when focused: ${JSON.stringify(box)}`);
      if (n === links - 1) assert.ok(box.right <= box.width, `${path}: the last menu link is cut: ${JSON.stringify(box)}`);
    }
    await context.close();
  }
});

test("on a phone a chart's title stands above it, no value label touches the reference line or another label, and the legend names the hatching and the reference", async () => {
  for (const path of ["/nyckeltal/lokalvard/", "/nyckeltal/patientmaltider/", "/nyckeltal/lokalvard-over-tid/"]) {
    for (const width of [320, 390]) {
      const { page, context } = await open(path, width);
      const charts = await page.evaluate(() => [...document.querySelectorAll("figure.chart")].map((figure) => {
        const svg = figure.querySelector("svg");
        const box = (element) => { const r = element.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
        const title = figure.querySelector(".chart-title");
        return {
          titleAbove: !!title && box(title).bottom <= box(svg).top + 1,
          labels: [...svg.querySelectorAll("text")].map((text) => ({ text: text.textContent, value: text.classList.contains("chart-value"), ...box(text) })),
          lines: [...svg.querySelectorAll(".chart-reference .chart-reference-line")].map(box),
          hatched: svg.querySelectorAll(".chart-bar-highlighted").length,
          legend: [...svg.querySelectorAll(".chart-legend-text")].map((text) => text.textContent),
          svg: box(svg),
        };
      }));
      assert.ok(charts.length > 0, `${path}: no chart`);
      const overlaps = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      for (const chart of charts) {
        assert.ok(chart.titleAbove, `${path} at ${width}: the title is not above the chart`);
        for (const label of chart.labels.filter((label) => label.value)) {
          // Letters reach from a little below a text's box top to its baseline: the box with a pixel shaved off each side.
          const ink = { left: label.left, right: label.right, top: label.top + 1, bottom: label.bottom - 1 };
          for (const line of chart.lines) assert.ok(!overlaps(ink, { ...line, top: line.top - 1, bottom: line.bottom + 1 }), `${path} at ${width}: the reference line strikes through "${label.text}"`);
          for (const other of chart.labels) if (other !== label) assert.ok(!overlaps(ink, other), `${path} at ${width}: "${label.text}" overlaps "${other.text}"`);
          assert.ok(label.left >= chart.svg.left - 1 && label.right <= chart.svg.right + 1, `${path} at ${width}: "${label.text}" runs out of the chart`);
        }
        if (chart.hatched > 0) assert.ok(chart.legend.includes("Markerad"), `${path}: hatched bars but the legend says ${JSON.stringify(chart.legend)}`);
        if (chart.lines.length > 0) assert.ok(chart.legend.some((words) => /median/i.test(words)), `${path}: a reference line but the legend says ${JSON.stringify(chart.legend)}`);
      }
      await context.close();
    }
  }
});

test("on phones of 320 and 390 px the plan, a chart, the meetings list, a past meeting and the whole process pass axe and nothing runs past the screen", async () => {
  for (const path of [pages.plan, pages.keyFigures, pages.meetings, pages.meeting, pages.printProcess]) {
    for (const width of [320, 390]) {
      const { page, context } = await open(path, width);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      assert.deepEqual(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`), [], `${path} at ${width}`);
      // Past the screen: any element whose right edge is beyond it and
      // that no scrolling box of its own holds (a wide table scrolls in its region).
      const past = await page.evaluate(() => [...document.querySelectorAll("main *")]
        .filter((element) => element.getBoundingClientRect().right > innerWidth + 1 && !element.closest(".table-scroll") && element.checkVisibility())
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`));
      assert.deepEqual(past, [], `${path} at ${width}`);
      await context.close();
    }
  }
});

test("the W3C Nu HTML checker finds nothing in the built portal (HTML, CSS, SVG)", () => {
  const files = readdirSync(out, { recursive: true })
    .filter((name) => /\.(html|css|svg)$/.test(name))
    .map((name) => join(out, name));
  assert.ok(files.length > 40, `only ${files.length} files`);
  const jar = join(import.meta.dirname, "node_modules/vnu-jar/build/dist/vnu.jar");
  const run = spawnSync("java", ["-jar", jar, "--format", "gnu", "--also-check-css", "--also-check-svg", ...files], { encoding: "utf8" });
  // The checker reads files, whose origin is opaque: 'self' in the pages'
  // Content-Security-Policy matches none, so it notes every stylesheet as
  // refused. Served over http nothing is (the no-storage tests record it).
  const refusedAsFiles = /^.*info warning: Resource violates Content Security Policy \(meta tag\): .*\n?/gm;
  const messages = `${run.stdout}${run.stderr}`.replaceAll(`"file:${out}/`, '"').replace(refusedAsFiles, "");
  assert.equal(messages, "", messages);
  assert.equal(run.status, 0);
});

test("no request leaves 127.0.0.1", () => {
  assert.deepEqual(outside, []);
});

test("no page asks for a file that is not there (favicon included)", () => {
  assert.deepEqual(missing, []);
});
