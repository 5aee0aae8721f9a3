// The search benchmark's measuring half (benches/search/run builds the
// sites and both indexes first): each query of queries.json, typed into
// Stegvis's search page and into Pagefind's JavaScript API, in a new
// headless Chromium context each (a cold query: nothing cached), on the same
// built site. Prints recall@10, MRR, zero-result queries and the bytes a
// cold query downloads for each engine and language, then every query a
// engine did worse on than the other.
//   node compare.mjs DIR   (DIR/sv and DIR/nb: built sites with pagefind/)
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, extname, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const dir = resolve(process.argv[2] ?? "/tmp/stegvis-search-bench");
const here = import.meta.dirname;
const { sv, nb } = JSON.parse(readFileSync(join(here, "queries.json"), "utf8"));
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml" };

// Serves a built site as a static host does: text gzipped on the fly
// (Pagefind's index files are gzipped by Pagefind and served as they are),
// and /__pagefind/?q=… a page that asks Pagefind, in the site's language.
function serve(root, language) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, "http://x");
    if (url.pathname.startsWith("/__pagefind/")) {
      const bundle = url.searchParams.get("bundle") ?? "pagefind";
      const page = `<!doctype html><html lang="${language}"><meta charset="utf-8"><title>Pagefind</title><script type="module">
        const pagefind = await import("/${bundle}/pagefind.js");
        const search = await pagefind.search(new URLSearchParams(location.search).get("q"));
        const top = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
        window.found = { total: search.results.length, urls: top.map((data) => data.url) };
      </script>`;
      response.writeHead(200, { "content-type": types[".html"] });
      response.end(page);
      return;
    }
    let file = join(root, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    let body = readFileSync(file);
    const type = types[extname(file)];
    const headers = { "content-type": type ?? "application/octet-stream" };
    if (type && /gzip/.test(request.headers["accept-encoding"] ?? "")) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    response.writeHead(200, headers);
    response.end(body);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

// One cold query: the result paths in order (the first ten), how many, and
// the bytes the search itself downloaded (its script and index, not the page).
async function ask(base, path, counted, read) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on("requestfinished", (request) => { if (counted(new URL(request.url()).pathname)) requests.push(request); });
  await page.goto(base + path);
  const found = await read(page);
  await page.waitForLoadState("networkidle");
  let bytes = 0;
  for (const request of requests) {
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  await context.close();
  const urls = found.urls.map((url) => decodeURIComponent(new URL(url, base).pathname));
  return { urls, total: found.total, bytes, requests: requests.length };
}

const engines = {
  Stegvis: (base, query) => ask(base, "/search/?q=" + encodeURIComponent(query),
    (path) => path === "/search.js" || path.startsWith("/search/index/"),
    async (page) => {
      // The count is announced once the first ten are on the page.
      await page.waitForFunction(() => {
        const status = document.getElementById("search-status");
        const total = parseInt(status.textContent, 10);
        return status.textContent === status.getAttribute("data-none")
          || (total > 0 && document.querySelectorAll("#search-results li").length === Math.min(total, 10));
      });
      return page.evaluate(() => ({
        total: parseInt(document.getElementById("search-status").textContent, 10) || 0,
        urls: Array.from(document.querySelectorAll("#search-results li a")).map((link) => link.href),
      }));
    }),
  "Pagefind 1.6": (base, query) => ask(base, "/__pagefind/?q=" + encodeURIComponent(query),
    (path) => path.startsWith("/pagefind/"),
    async (page) => { await page.waitForFunction(() => window.found); return page.evaluate(() => window.found); }),
  "Pagefind 1.6, main only": (base, query) => ask(base, "/__pagefind/?bundle=pagefind-main&q=" + encodeURIComponent(query),
    (path) => path.startsWith("/pagefind-main/"),
    async (page) => { await page.waitForFunction(() => window.found); return page.evaluate(() => window.found); }),
};

const rows = [];
const worse = [];
for (const [language, queries] of [["sv", sv], ["nb", nb]]) {
  const server = await serve(join(dir, language), language);
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const [kind, query, wanted] of queries) {
    const scores = {};
    for (const [engine, run] of Object.entries(engines)) {
      const result = await run(base, query);
      const top = result.urls.slice(0, 10);
      const recall = wanted.filter((url) => top.includes(url)).length / wanted.length;
      const first = result.urls.findIndex((url) => wanted.includes(url));
      const reciprocal = first >= 0 && first < 10 ? 1 / (first + 1) : 0;
      rows.push({ language, kind, query, engine, recall, reciprocal, zero: result.total === 0, bytes: result.bytes, requests: result.requests, top });
      scores[engine] = { recall, top };
    }
    const [ours, theirs] = [scores.Stegvis, scores["Pagefind 1.6"]];
    if (ours.recall !== theirs.recall) worse.push(`${language} ${kind} "${query}": Stegvis ${ours.recall.toFixed(2)}, Pagefind ${theirs.recall.toFixed(2)}; wanted ${wanted.join(" ")}; Stegvis ${ours.top.join(" ")}; Pagefind ${theirs.top.join(" ")}`);
  }
  server.close();
}
await browser.close();

const mean = (values) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
const median = (values) => { const sorted = [...values].sort((a, b) => a - b); return sorted[Math.floor(sorted.length / 2)] ?? 0; };
const kinds = ["compound", "inflection", "typo", "multi", "title"];
console.log(`${rows.length / Object.keys(engines).length} queries (sv ${sv.length}, nb ${nb.length}); ${dir}\n`);
console.log("| engine | queries | recall@10 | MRR | zero results | bytes per cold query (median, gzip) | requests (median) |");
console.log("|---|---|---|---|---|---|---|");
for (const engine of Object.keys(engines)) {
  for (const language of ["sv", "nb", "all"]) {
    const mine = rows.filter((row) => row.engine === engine && (language === "all" || row.language === language));
    console.log(`| ${engine} | ${language} (${mine.length}) | ${(100 * mean(mine.map((row) => row.recall))).toFixed(1)} % | ${mean(mine.map((row) => row.reciprocal)).toFixed(3)} | ${mine.filter((row) => row.zero).length} | ${median(mine.map((row) => row.bytes)).toLocaleString("en")} | ${median(mine.map((row) => row.requests))} |`);
  }
}
console.log("\nrecall@10 by kind of query (sv and nb):\n");
console.log(`| engine | ${kinds.join(" | ")} |`);
console.log(`|---|${kinds.map(() => "---").join("|")}|`);
for (const engine of Object.keys(engines)) {
  const cells = kinds.map((kind) => {
    const mine = rows.filter((row) => row.engine === engine && row.kind === kind);
    return `${(100 * mean(mine.map((row) => row.recall))).toFixed(0)} % (${mine.length})`;
  });
  console.log(`| ${engine} | ${cells.join(" | ")} |`);
}
console.log("\nQueries with no result:\n");
for (const engine of Object.keys(engines)) console.log(`- ${engine}: ${rows.filter((row) => row.engine === engine && row.zero).map((row) => `${row.language} "${row.query}"`).join(", ")}`);
console.log("\nQueries where Stegvis and Pagefind (default) differ in recall@10:\n");
for (const line of worse) console.log("- " + line);
