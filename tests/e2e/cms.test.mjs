// The browser editor in a real headless Chromium, with the real Decap CMS
// from its npm package (node_modules/decap-cms/dist), fully offline: an
// editor opens /admin/ of `stegvis serve`, makes a meeting with a date, a
// two-item agenda and a template to prepare through the form, and saves.
// The file on disk builds with no finding, and the preview shows the
// meeting's agenda.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const repo = resolve(import.meta.dirname, "../..");
const stegvis = process.env.STEGVIS ?? join(repo, "target/debug/stegvis");
const decap = join(import.meta.dirname, "node_modules/decap-cms/dist");
const work = mkdtempSync(join(tmpdir(), "stegvis-cms-"));
const site = join(work, "site");
// The local backend's port, written into the configuration and given to serve.
const backendPort = 20000 + Math.floor(Math.random() * 20000);
let server, browser, url;

before(async () => {
  cpSync(join(repo, "tests/sites/a_meeting_is_made_in_the_browser_editor"), site, { recursive: true });
  // A table of data/ for the chart and table blocks.
  mkdirSync(join(site, "data"), { recursive: true });
  writeFileSync(join(site, "data/kostnad.csv"), "Sjukhus;Kostnad;Median\nNorrby;71,4;68,9\nÅsunda;64,2;68,9\n");
  const cms = spawnSync(stegvis, ["cms", "--root", site, "--backend-port", String(backendPort)], { encoding: "utf8" });
  assert.equal(cms.status, 0, cms.stderr);
  // The portal hosts its own copy of Decap, as README says.
  for (const file of readdirSync(decap).filter((name) => name.endsWith("decap-cms.js"))) {
    cpSync(join(decap, file), join(site, "static/admin", file));
  }
  server = spawn(stegvis, ["serve", "--port", "0", "--root", site, "--cms-port", String(backendPort)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: server.stdout });
  for await (const line of lines) {
    const found = line.split(/\s+/).find((word) => word.startsWith("http://"));
    if (found) {
      url = found.replace(/\/$/, "");
      break;
    }
  }
  assert.ok(url, "stegvis serve started");
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

/// The meeting files in content/moten/ besides the section's own.
function meetings() {
  // Not the backend's temporary file, there while a save is written.
  return readdirSync(join(site, "content/moten")).filter((name) => name !== "_index.md" && !name.startsWith("."));
}

async function until(condition, what, seconds = 15) {
  for (let waited = 0; waited < seconds * 10; waited++) {
    const value = await condition();
    if (value) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test("a meeting made in the browser editor is saved as the build reads it, and the preview shows its agenda", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const elsewhere = [];
  page.on("request", (request) => {
    const address = new URL(request.url());
    if (address.protocol.startsWith("http") && address.hostname !== "127.0.0.1") elsewhere.push(request.url());
  });
  // Nothing Decap does is refused by the editor's Content-Security-Policy
  // (its backup of an unsaved entry fetches a blob: URL).
  const refused = [];
  page.on("console", (message) => {
    if (/Content Security Policy/.test(message.text())) refused.push(message.text());
  });
  await page.goto(`${url}/admin/`);
  // The local backend needs no account: the button only enters.
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.getByRole("link", { name: "Möten" }).click();
  await page.getByRole("link", { name: /Möte$/ }).click();

  await page.getByLabel("Rubrik", { exact: true }).fill("Nätverksträff i januari");
  await page.locator("input[type=date]").first().fill("2027-01-20");
  await page.getByLabel("Börjar").fill("09:00");
  await page.getByLabel("Slutar").fill("12:00");
  await page.getByRole("textbox", { name: /^Plats/ }).fill("Regionens hus");
  const addItem = page.getByRole("button", { name: /dagordning/i });
  for (const [time, title] of [["09:00", "Välkommen"], ["09:30", "Trafikrapporter runt bordet"]]) {
    await addItem.click();
    await page.getByLabel("Tid", { exact: true }).last().fill(time);
    await page.getByLabel("Punkt", { exact: true }).last().fill(title);
  }
  // The template to prepare is chosen among the templates by its title.
  const prepare = page.getByLabel("Förbered inför mötet");
  await prepare.click();
  await prepare.fill("Trafikrapport");
  await page.getByRole("option", { name: "Trafikrapportsmall" }).click();

  // The preview pane shows the page as the portal does: its stylesheet,
  // and the agenda as a table.
  const pane = page.frameLocator("iframe").first();
  const agendaRows = pane.locator("table.agenda tbody tr");
  await until(async () => (await agendaRows.count()) === 2, "the agenda in the preview");
  assert.deepEqual(await agendaRows.locator("td").allTextContents(), ["09:00", "Välkommen", "09:30", "Trafikrapporter runt bordet"]);
  assert.equal(await pane.locator("table.agenda caption").textContent(), "Dagordning");
  const font = await pane.locator("h1").evaluate((heading) => getComputedStyle(heading).fontFamily);
  assert.doesNotMatch(font, /Times/i, "the portal's stylesheet, not the browser's default");
  assert.match(await pane.locator("h1").textContent(), /Nätverksträff i januari/);

  await page.getByRole("button", { name: "Publicera" }).click();
  await page.getByRole("menuitem", { name: "Publicera nu" }).click();

  const [file] = await until(() => meetings().length > 0 && meetings(), "the saved meeting");
  assert.match(file, /^2027-01-20-.+\.md$/, "a meeting is named by its date");
  const text = readFileSync(join(site, "content/moten", file), "utf8");
  assert.match(text, /^---\ntitle: Nätverksträff i januari\nkind: meeting\n/);
  assert.match(text, /\ndate: 2027-01-20\n/, "a date without a time");
  assert.match(text, /\nprepare:\n {2}- mallar\/trafikrapport\/index\.md\n/, "the content path the build resolves");
  assert.match(text, /\n {2}- time: "?09:30"?\n {4}title: Trafikrapporter runt bordet\n/);

  const output = join(work, "public");
  const build = spawnSync(stegvis, ["build", "--root", site, "--output", output, "--deny-warnings"], { encoding: "utf8" });
  assert.equal(build.status, 0, build.stderr);
  assert.deepEqual(build.stderr.trim().split("\n").filter((line) => !line.startsWith("built ")), [], "no finding");

  // The preview rebuilt on the save: the meeting is listed and shows its agenda.
  const preview = await context.newPage();
  await until(async () => {
    await preview.goto(`${url}/moten/`);
    return (await preview.getByRole("link", { name: "Nätverksträff i januari" }).count()) > 0;
  }, "the meeting in the preview");
  await preview.getByRole("link", { name: "Nätverksträff i januari" }).click();
  const agenda = preview.getByRole("table");
  assert.match(await agenda.textContent(), /Trafikrapporter runt bordet/);
  assert.match(await preview.locator("main").textContent(), /Trafikrapportsmall/, "what to prepare is linked");
  assert.deepEqual(elsewhere, [], "the editor asked no other host");
  assert.deepEqual(refused, [], "the policy lets Decap work");
  await context.close();
});

test("a callout edited in the rich-text editor is still a callout in the built page", async () => {
  const path = join(site, "content/rutiner.md");
  writeFileSync(path, "---\ntitle: Rutiner\n---\nSå här gör vi.\n\n> [!TIP]\n> Boka lokalen i god tid.\n");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/admin/#/collections/pages/entries/rutiner`);
  await page.getByRole("button", { name: "Logga in" }).click();
  // The editor touches the body in the rich-text editor: one word more.
  const body = page.locator("[data-slate-editor=true]");
  await body.getByText("Så här gör vi.").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Alltid.");
  await page.getByRole("button", { name: "Publicera" }).click();
  await page.getByRole("menuitem", { name: "Publicera nu" }).click();
  const text = await until(() => {
    const now = readFileSync(path, "utf8");
    return now.includes("Alltid.") && now;
  }, "the saved page");
  // Decap writes the marker as it likes (escaped, today): the build reads it as the callout.
  assert.match(text, /\n> \\?\[!TIP\]\n> Boka lokalen i god tid\./, text);
  const output = join(work, "public-callout");
  const build = spawnSync(stegvis, ["build", "--root", site, "--output", output, "--deny-warnings"], { encoding: "utf8" });
  assert.equal(build.status, 0, build.stderr);
  const html = readFileSync(join(output, "rutiner/index.html"), "utf8");
  assert.match(html, /class="callout callout-tip"/, "still a callout");
  assert.doesNotMatch(html, /\[!TIP\]/, "the marker is not printed");
  rmSync(path);
  await context.close();
});

/// Opens a page in the editor, adds a word to its first paragraph in the
/// rich-text editor and publishes; the file as saved.
async function touchAndSave(page, entry, path, first) {
  await page.goto(`${url}/admin/#/collections/pages/entries/${entry}`);
  await page.getByRole("button", { name: "Logga in" }).click();
  const body = page.locator("[data-slate-editor=true]");
  await body.getByText(first).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Nu.");
  await page.getByRole("button", { name: "Publicera" }).click();
  await page.getByRole("menuitem", { name: "Publicera nu" }).click();
  return until(() => {
    const now = readFileSync(path, "utf8");
    return now.includes("Nu.") && now;
  }, "the saved page");
}

function build(name) {
  const output = join(work, name);
  const run = spawnSync(stegvis, ["build", "--root", site, "--output", output, "--deny-warnings"], { encoding: "utf8" });
  return { run, output };
}

test("tables, heading ids, details and chart and table blocks come back from the rich-text editor as the build reads them", async () => {
  const path = join(site, "content/rundor.md");
  writeFileSync(path, [
    "---", "title: Rundor", "---", "Inledning.", "",
    "## Före mötet {#fore}", "",
    "| Område | Status |", "| --- | --- |", "| Norr | Grön |", "",
    "<details>", "<summary>Mer om rundan</summary>", "", "Detaljer här.", "", "</details>", "",
    "```chart", "data: kostnad.csv", "x: Sjukhus", "y: Kostnad", "reference: Median", "highlight: [Norrby]", "title: Kostnad per sjukhus", "unit: kr", "```", "",
    "```table", "data: kostnad.csv", "caption: Kostnad och median", "```", "",
  ].join("\n"));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const text = await touchAndSave(page, "rundor", path, "Inledning.");
  await context.close();
  const { run, output } = build("public-rundor");
  assert.equal(run.status, 0, `${run.stderr}\n${text}`);
  const html = readFileSync(join(output, "rundor/index.html"), "utf8");
  assert.match(html, /<h2 id="?fore"?/, `the heading keeps its id:\n${text}`);
  assert.match(html, /<td>Norr<\/td>/, `the table is a table:\n${text}`);
  assert.match(html, /<details>/, `details stay details:\n${text}`);
  assert.match(html, /<svg[^>]*role="?img"?/, `the chart is drawn:\n${text}`);
  assert.match(html, /<caption>Kostnad och median<\/caption>/, `the table block is a table:\n${text}`);
  assert.match(text, /\n```chart\ndata: kostnad.csv\n/, "the chart block as written");
  rmSync(path);
});

test("the yearly update without a terminal: a CSV uploaded into data/ and a chart inserted from the editor's menu build with no finding", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/admin/#/collections/data/entries/tables`);
  await page.getByRole("button", { name: "Logga in" }).click();
  // The list of tables: one more, uploaded from the editor's computer.
  await page.getByRole("button", { name: /tabeller för diagram och tabeller/ }).click();
  await page.getByRole("button", { name: /Välj en fil/ }).last().click();
  await page.locator("input[type=file]").setInputFiles({
    name: "kostnad-2026.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Sjukhus;Kostnad;Median\nNorrby;73,1;70,2\nÅsunda;65,0;70,2\n"),
  });
  await page.getByRole("button", { name: /Välj markerad/ }).click();
  await page.getByRole("button", { name: "Publicera" }).click();
  await page.getByRole("menuitem", { name: "Publicera nu" }).click();
  await until(() => existsSync(join(site, "data/kostnad-2026.csv")), "the table in data/");
  assert.match(readFileSync(join(site, "data/kostnad-2026.csv"), "utf8"), /^Sjukhus;Kostnad;Median\nNorrby;73,1;70,2\n/);

  // A page gets a chart of it from the "+" menu of the rich-text editor.
  const path = join(site, "content/kostnader.md");
  writeFileSync(path, "---\ntitle: Kostnader\n---\nÅrets siffror.\n");
  await page.goto(`${url}/admin/#/collections/pages/entries/kostnader`);
  await page.locator("[data-slate-editor=true]").getByText("Årets siffror.").click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Lägg till komponent" }).click();
  await page.getByRole("menuitem", { name: "Diagram" }).click();
  const chart = page.locator("[data-slate-editor=true]");
  const table = chart.getByLabel("Tabell i data/");
  await table.click();
  await table.fill("kostnad-2026");
  await page.getByRole("option", { name: "kostnad-2026.csv" }).click();
  await chart.getByLabel("Kategorier (kolumn)").fill("Sjukhus");
  await chart.getByLabel("Värden (kolumn)").fill("Kostnad");
  await chart.getByLabel(/^Referenslinje/).fill("Median");
  await chart.getByLabel("Rubrik", { exact: true }).fill("Kostnad per sjukhus 2026");
  await chart.getByLabel("Enhet").fill("kr");
  await page.getByRole("button", { name: "Publicera" }).click();
  await page.getByRole("menuitem", { name: "Publicera nu" }).click();
  const text = await until(() => {
    const now = readFileSync(path, "utf8");
    return now.includes("```chart") && now;
  }, "the saved chart");
  assert.match(text, /\n```chart\ndata: kostnad-2026\.csv\nx: Sjukhus\ny: Kostnad\nreference: Median\ntitle: Kostnad per sjukhus 2026\nunit: kr\n```/, text);
  const { run, output } = build("public-kostnad");
  assert.equal(run.status, 0, `${run.stderr}\n${text}`);
  assert.deepEqual(run.stderr.trim().split("\n").filter((line) => !line.startsWith("built ")), [], "no finding");
  const html = readFileSync(join(output, "kostnader/index.html"), "utf8");
  assert.match(html, /Kostnad per sjukhus 2026/);
  assert.match(html, /<svg[^>]*role="?img"?/, "the chart is drawn");
  rmSync(path);
  await context.close();
});

test("the local backend refuses what is not the site's content, and every origin but the editor's", async () => {
  const editor = `http://127.0.0.1:${backendPort}`;
  const post = (body, origin) =>
    fetch(`${editor}/api/v1`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(origin ? { Origin: origin } : {}) },
      body: JSON.stringify(body),
    });
  const escape = await post({ action: "persistEntry", params: { entry: { path: "../outside.md", raw: "x" }, assets: [] } });
  assert.equal(escape.status, 422);
  const config = await post({ action: "persistEntry", params: { entry: { path: "site.toml", raw: "x" }, assets: [] } });
  assert.equal(config.status, 422);
  assert.match(readFileSync(join(site, "site.toml"), "utf8"), /^title = "Nätverket"/);
  for (const origin of ["http://example.org", url, "http://203.0.113.7:1111", `http://localhost:${backendPort}`]) {
    const foreign = await post({ action: "info" }, origin);
    assert.equal(foreign.status, 403, `${origin} cannot call it`);
    assert.equal(foreign.headers.get("access-control-allow-origin"), null);
  }
  const own = await post({ action: "info" }, editor);
  assert.equal(own.status, 200);
  assert.equal(own.headers.get("access-control-allow-origin"), null, "no CORS: same origin only");
  // The editor's page runs no inline script and may not be framed.
  const admin = await fetch(`${editor}/admin/`);
  assert.match(admin.headers.get("content-security-policy"), /script-src 'self' 'unsafe-eval';/);
  assert.equal(admin.headers.get("x-frame-options"), "DENY");
});

/// What a page in the browser can do to the backend with a plain form post
/// (no preflight, no answer read): each is refused before the body is read.
async function attack(page) {
  return page.evaluate(async (backend) => {
    const tried = [];
    const write = JSON.stringify({ action: "persistEntry", params: { entry: { path: "content/pwned.md", raw: "---\ntitle: x\n---\n" }, assets: [] } });
    try {
      await fetch(`${backend}/api/v1`, { method: "POST", mode: "no-cors", headers: { "Content-Type": "text/plain" }, body: write });
      tried.push("sent");
    } catch (error) {
      tried.push(`refused: ${error}`);
    }
    try {
      const read = await fetch(`${backend}/api/v1`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ action: "getEntry", params: { path: "content/moten/_index.md" } }) });
      tried.push(`read ${read.status} ${await read.text()}`);
    } catch (error) {
      tried.push("unreadable");
    }
    return tried;
  }, `http://127.0.0.1:${backendPort}`);
}

test("a page of the preview cannot call the backend, nor can a page on another address", async () => {
  const context = await browser.newContext();
  const preview = await context.newPage();
  await preview.goto(`${url}/`);
  const fromPreview = await attack(preview);
  assert.equal(fromPreview.at(-1), "unreadable", `the preview's page read nothing: ${fromPreview}`);

  // A page on another loopback address, as any page on an IP address.
  const { createServer } = await import("node:http");
  const other = createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "text/html" });
    response.end("<!doctype html><title>x</title>");
  });
  await new Promise((done) => other.listen(0, "127.0.0.2", done));
  const elsewhere = await context.newPage();
  await elsewhere.goto(`http://127.0.0.2:${other.address().port}/`);
  const fromElsewhere = await attack(elsewhere);
  assert.equal(fromElsewhere.at(-1), "unreadable", `another address read nothing: ${fromElsewhere}`);
  other.close();

  // The writes were sent and refused: no file was made.
  await new Promise((done) => setTimeout(done, 300));
  assert.equal(readdirSync(join(site, "content")).includes("pwned.md"), false, "nothing written");

  // The preview's /admin/ sends the editor to its own address.
  const admin = await context.newPage();
  await admin.goto(`${url}/admin/`);
  assert.equal(new URL(admin.url()).origin, `http://127.0.0.1:${backendPort}`);
  await context.close();
});
