// The preview (`stegvis serve`) in a real headless Chromium: a page with lint
// warnings shows them as a small count in a corner that opens their list and
// hides until they change, without covering the page; a site with an error
// shows the error dialog, focused and closed with Escape; the editor's
// overview lists every finding. Each with zero axe-core WCAG 2.1 A/AA
// violations, so what the preview adds does not break the page it is on.
// A saved page reloads its own tab once and leaves the other tabs alone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

const repo = resolve(import.meta.dirname, "../..");
const stegvis = process.env.STEGVIS ?? join(repo, "target/debug/stegvis");
const work = mkdtempSync(join(tmpdir(), "stegvis-preview-"));
const servers = [];
let browser;

/// A copy of a fixture site, served; resolves to its URL.
async function serve(fixture) {
  const site = join(work, fixture);
  cpSync(join(repo, "tests/sites", fixture), site, { recursive: true });
  const child = spawn(stegvis, ["serve", "--port", "0", "--root", site], { stdio: ["ignore", "pipe", "ignore"] });
  servers.push(child);
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) {
    const url = line.split(/\s+/).find((word) => word.startsWith("http://"));
    if (url) return url.replace(/\/$/, "");
  }
  throw new Error(`stegvis serve did not start for ${fixture}`);
}

/// Listens to the preview's event stream; `next` resolves with the data of
/// the next `name` event.
async function listen(url, name) {
  const response = await fetch(`${url}/__stegvis/events`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const next = (async () => {
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error("the event stream ended");
      buffer += value;
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const lines = buffer.slice(0, end).split("\n");
        buffer = buffer.slice(end + 2);
        const event = lines.find((line) => line.startsWith("event:"))?.slice(6).trim();
        const data = lines.filter((line) => line.startsWith("data:")).map((line) => line.slice(5).trim()).join("\n");
        if (event === name) {
          reader.cancel();
          return data;
        }
      }
    }
  })();
  return { next };
}

async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

let warnings, errors;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  warnings = await serve("lint_finds_what_an_editor_left_unfinished");
  errors = await serve("broken_link_suggests_sibling");
});

after(async () => {
  await browser?.close();
  for (const child of servers) child.kill();
  rmSync(work, { recursive: true, force: true });
});

test("a page's warnings are a count in a corner that opens their list, and hides until they change", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${warnings}/platshallare/`);
  const corner = page.locator("#stegvis-warnings");
  await corner.waitFor();
  assert.equal(await page.locator("dialog").count(), 0, "warnings do not cover the page");
  const summary = corner.locator("summary");
  assert.equal(await summary.textContent(), "5 varningar på sidan");
  // Small: it leaves the page readable on a phone.
  const box = await corner.boundingBox();
  assert.ok(box.height < 60 && box.width < 390, `the closed corner is ${box.width}×${box.height}`);
  assert.equal(await corner.locator("li").first().isVisible(), false, "the list is closed at first");
  await summary.focus();
  await page.keyboard.press("Enter");
  assert.ok(await corner.locator("li").first().isVisible(), "Enter opens the list");
  assert.match(await corner.locator("li").first().textContent(), /Xxx/);
  assert.deepEqual(await axe(page), []);
  await corner.getByRole("button", { name: "Dölj varningarna" }).click();
  assert.equal(await corner.isVisible(), false);
  await page.reload();
  assert.equal(await page.locator("#stegvis-warnings").isVisible(), false, "hidden warnings stay hidden while they are the same");
  await context.close();
});

test("an error is shown in a dialog over the page, focused, and Escape closes it", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${errors}/process/steg-2/`);
  const dialog = page.locator("dialog#stegvis-errors");
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /steg-4\.md/);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Stäng", "the close button has focus");
  assert.deepEqual(await axe(page), []);
  await page.keyboard.press("Escape");
  assert.equal(await dialog.isVisible(), false);
  await context.close();
});

test("the editor's overview lists every finding and passes axe", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${warnings}/_stegvis/`);
  assert.equal(await page.locator("h1").textContent(), "Att rätta i portalen");
  const items = await page.locator("#by-page ~ ul li").count();
  assert.ok(items >= 19, `${items} findings listed`);
  assert.deepEqual(await axe(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the overview is ${overflow} px wider than a phone`);
  await context.close();
});

test("a saved page reloads its own tab once, before the rest is rebuilt, and leaves other tabs alone", async () => {
  const fixture = "kinds_render_with_their_navigation";
  const url = await serve(fixture);
  const step = join(work, fixture, "content/process/start/b.md");
  const text = readFileSync(step, "utf8");
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const edited = await context.newPage();
  const other = await context.newPage();
  const section = await context.newPage();
  await edited.goto(`${url}/process/start/b/`);
  await other.goto(`${url}/larande/fiskben/`);
  await section.goto(`${url}/process/start/`);
  const loads = { edited: 0, other: 0, section: 0 };
  edited.on("load", () => loads.edited++);
  other.on("load", () => loads.other++);
  section.on("load", () => loads.section++);
  // The tabs' event streams connect after their pages load.
  await new Promise((done) => setTimeout(done, 500));

  // Saved whole, as most editors save (written beside, then renamed).
  const beside = join(work, fixture, "content/process/start/.b.md.tmp");
  const save = (saved) => {
    writeFileSync(beside, saved);
    renameSync(beside, step);
  };
  const rebuilt = await listen(url, "reload");
  save(text.replace("Text.", "Nytt om steg B."));
  await edited.waitForFunction(() => document.querySelector("main").textContent.includes("Nytt om steg B."));
  // Besides the saved page only the process on one page holds its text.
  assert.equal(await rebuilt.next, '["/process/utskrift/"]', "the rebuild changed no other page but the whole process");
  await new Promise((done) => setTimeout(done, 500));
  assert.deepEqual(loads, { edited: 1, other: 0, section: 0 }, "only the saved page's tab, once");

  // A new title is in the section's list: that tab reloads too.
  const retitled = await listen(url, "reload");
  save(text.replace("title: Steg B", "title: Steg B omdöpt"));
  await retitled.next;
  await section.waitForFunction(() => document.querySelector("main").textContent.includes("Steg B omdöpt"));
  await new Promise((done) => setTimeout(done, 500));
  assert.equal(loads.other, 0, "a page that does not show the step stays");
  await context.close();
});
