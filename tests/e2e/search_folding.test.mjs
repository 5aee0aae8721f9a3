// Search folds a query as the index folds its words (issue 30): a letter
// past å ä ö ø æ é, such as the Sámi đ ŋ ŧ, is found by its own spelling
// and by its folded one, and a 100 KB "word" is not indexed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { chromium } from "playwright-core";

const repo = resolve(import.meta.dirname, "../..");
const stegvis = process.env.STEGVIS ?? join(repo, "target/debug/stegvis");
let work, out, server, browser, base;

before(async () => {
  work = mkdtempSync(join(tmpdir(), "stegvis-search-"));
  const site = join(work, "site");
  mkdirSync(join(site, "content"), { recursive: true });
  writeFileSync(join(site, "site.toml"), 'title = "Nettverket"\nbase_url = "https://example.org/"\nlanguage = "nb"\n');
  writeFileSync(join(site, "content/_index.md"), "---\ntitle: Hjem\n---\nVelkommen.\n");
  writeFileSync(join(site, "content/giddat.md"), "---\ntitle: Samisk språk\n---\nGiđđa er våren, og ŋuovdat og ŧuhtat er ord med egne bokstaver.\n");
  writeFileSync(join(site, "content/lang.md"), `---\ntitle: Et langt ord\n---\nHer er ${"x".repeat(100_000)} slutt.\n`);
  out = join(work, "public");
  execFileSync(stegvis, ["build", "--root", site, "--output", out], { stdio: "inherit" });
  server = createServer((request, response) => {
    let file = join(out, decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(out) || !existsSync(file)) { response.writeHead(404); response.end(); return; }
    const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".css": "text/css" };
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
  if (work) rmSync(work, { recursive: true, force: true });
});

async function titles(page, query) {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  // The status holds its <noscript> text until the search has answered.
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status");
    return !status.querySelector("noscript") && status.textContent.trim() !== "";
  });
  return page.$$eval("#search-results li a", (links) => links.map((link) => link.textContent));
}

test("a Sámi letter is found by its own spelling and by its folded one", async () => {
  const page = await browser.newPage();
  for (const query of ["giđđa", "gidda", "ŋuovdat", "nguovdat", "ŧuhtat", "tuhtat", "GIĐĐA"]) {
    assert.deepEqual(await titles(page, query), ["Samisk språk"], query);
  }
  await page.close();
});

test("a 100 KB word is not in the index", () => {
  const shards = join(out, "search/index/w");
  const longest = Math.max(...readdirSync(shards).flatMap((name) => JSON.parse(readFileSync(join(shards, name), "utf8")).w.map((word) => word.length)));
  assert.ok(longest <= 64, `a word of ${longest} characters`);
  const fold = JSON.parse(readFileSync(join(out, "search/index/fold.json"), "utf8"));
  assert.equal(fold["đ"], "d");
  assert.equal(fold["ŋ"], "ng");
});
