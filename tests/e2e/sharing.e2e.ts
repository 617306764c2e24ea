import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir";
import { BASE_URL, chartDrawn, openPage } from "./page";

async function download(page: Page, button: string, card = page.locator(".chart-card").first()) {
  const [file] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: button, exact: true }).click()]);
  const path = join(await tempDir("kj-download-"), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("downloads", () => {
  it("give exactly the rows of the filtered view, with a byte-order mark and each row's source", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade&sector=music&table=1`);
    const card = page.locator(".chart-card").first();
    const table = card.getByRole("table");
    await table.waitFor();
    const shown = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    const { name, bytes } = await download(page, "Download CSV", card);
    expect(name).toMatch(/^trade-flows_flows_sector-music_1998-2026_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = bytes.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [headers, ...rows] = Papa.parse<string[]>(text.slice(1).trim(), { newline: "\r\n" }).data;
    // KOSIS reports thousands, the press millions: the chart reads both in millions, the file keeps each as reported.
    expect(headers).toContain("Value (see Unit)");
    const at = (h: string) => headers.indexOf(h);
    expect(new Set(rows.map((r) => r[at("Unit")]))).toEqual(new Set(["USD_thousand", "USD_million"]));
    // The file holds the table's rows, those the chart draws first.
    const key = (r: string[]) => r.join("|");
    expect(rows.map((r) => key([r[at("Year")] || "not stated", r[at("Series")], r[at("Source publisher")]])).sort()).toEqual(shown.map((r) => key([r[0], r[1], r[5]])).sort());
    const drawn = rows.map((r) => r[at("Drawn on the chart")]);
    expect(drawn.indexOf("no") === -1 || drawn.slice(drawn.indexOf("no")).every((d) => d === "no")).toBe(true);
    expect(rows.every((r) => r[at("Sector")].startsWith("music") && r[at("Source URL")].startsWith("http"))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("export the chart as PNG images of the stated sizes", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=charts&chart=hot100`);
    await chartDrawn(page);
    const landscape = await download(page, "PNG");
    expect(landscape.name).toMatch(/^hot100-korean_.*\.png$/);
    expect(pngSize(landscape.bytes)).toEqual({ width: 1200, height: 675 });
    const square = await download(page, "Square PNG");
    expect(pngSize(square.bytes)).toEqual({ width: 1080, height: 1080 });
    const svg = (await download(page, "SVG")).bytes.toString("utf8");
    expect(svg).toContain("Korean acts in Billboard JAPAN");
    expect(svg).toContain("Source: Billboard JAPAN Hot 100");
    expect(errors).toEqual([]);
  });
});

describe("pinned versions", () => {
  it("show an earlier published version the site keeps", async () => {
    const manifest = JSON.parse(await readFile(resolve(process.cwd(), "data/manifest.json"), "utf8"));
    const pinned = manifest.datasets.find((d: { id: string }) => d.id === "netflix-cross-border").versions[0];
    expect(pinned, "data/archive keeps an earlier netflix-cross-border").toBeDefined();
    const v = pinned.sha256.slice(0, 12);
    const { page, errors } = await openPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&v=${v}`);
    await page.getByText(`Showing the data as published in version ${v}`).waitFor();
    await chartDrawn(page);
    expect(requested).toContain(`/${pinned.file.replace(/^/, "data/")}`);
    expect(errors).toEqual([]);
  });

  it("say when a pinned version is not kept, and show the latest data", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade&v=deadbeefdeadbeef`);
    await page.getByText("Data version deadbeefdeadbeef is not available; showing the latest data.").waitFor();
    await chartDrawn(page);
    expect(errors).toEqual([]);
  });
});

describe("embeds", () => {
  let host: Server;
  let hostUrl = "";
  beforeAll(async () => {
    const template = await readFile(resolve(process.cwd(), "tests/fixtures/host/index.html"), "utf8");
    const embedSrc = `${BASE_URL()}/?view=charts&chart=netflix&embed=1&card=netflix-entries&controls=0`;
    const html = template.replace("{{EMBED_SRC}}", embedSrc).replace("{{BASE}}", BASE_URL());
    host = createServer((_, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
    await new Promise<void>((done) => host.listen(0, "127.0.0.1", done));
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((done) => host.close(() => done())));

  it("of one chart show that chart only, title and plot in the first 200 px of a phone, with nothing that changes the chart", async () => {
    const { page, errors } = await openPage(360, 800);
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&embed=1&card=netflix-entries`);
    await chartDrawn(page);
    const title = page.getByRole("heading", { name: "Korean titles in Japan's Netflix top 10", exact: true });
    expect(await page.locator("h2:visible").allTextContents()).toEqual(["Korean titles in Japan's Netflix top 10"]);
    expect(await page.getByRole("combobox").count()).toBe(0);
    expect(await page.locator("select:visible, button:visible, input:visible").count()).toBe(0);
    expect((await title.boundingBox())!.y + (await title.boundingBox())!.height).toBeLessThanOrEqual(200);
    const plot = await page.locator("[data-card=netflix-entries] .recharts-cartesian-grid").boundingBox();
    expect(plot!.y).toBeLessThan(200);
    expect(errors).toEqual([]);
  });

  it("of one chart bring back the year range alone with controls=1", async () => {
    const { page, errors } = await openPage(360, 800);
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&embed=1&card=netflix-entries&controls=1`);
    await chartDrawn(page);
    expect(await page.getByRole("combobox").evaluateAll((boxes) => boxes.filter((b) => b.getClientRects().length > 0).map((b) => b.getAttribute("name")))).toEqual(["from", "to"]);
    await page.getByRole("combobox", { name: "From" }).selectOption("2024");
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe("2024");
    expect(errors).toEqual([]);
  });

  it("fall back to the whole view when the named chart is not on it", async () => {
    const { page, errors } = await openPage(800, 900);
    await page.goto(`${BASE_URL()}/?view=charts&chart=spotify&embed=1&card=no-such-chart`);
    await chartDrawn(page);
    expect(await page.locator(".chart-card:visible").count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it("show only the chart from another origin and fit the frame to it, on a phone too", async () => {
    const { page, errors } = await openPage(1200, 900);
    await page.goto(hostUrl);
    const frame = page.frameLocator("#chart");
    await frame.getByRole("heading", { name: "Korean titles in Japan's Netflix top 10", exact: true }).waitFor();
    expect(await frame.getByRole("combobox").count()).toBe(0);
    expect(await frame.getByRole("link", { name: "Open the full view" }).count()).toBe(1);
    const fits = async () => {
      const inner = await frame.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
      const outer = await page.locator("#chart").evaluate((f) => f.getBoundingClientRect().height);
      return { inner, outer };
    };
    await expect.poll(async () => { const f = await fits(); return Math.abs(f.inner - f.outer); }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
    const wide = (await fits()).outer;
    await page.setViewportSize({ width: 390, height: 800 });
    await expect.poll(async () => { const f = await fits(); return f.outer !== wide && Math.abs(f.inner - f.outer) <= 1; }, { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
  });

  it("post their height when their size changes, and not otherwise", async () => {
    const { page, errors } = await openPage(1200, 900);
    await page.addInitScript(() => {
      const heights: number[] = [];
      (window as unknown as { heights: number[] }).heights = heights;
      addEventListener("message", (e) => e.data?.type === "kj-embed:height" && heights.push(e.data.height));
    });
    await page.goto(hostUrl);
    const frame = page.frameLocator("#chart");
    await frame.locator(".recharts-line-curve").first().waitFor();
    const inner = () => frame.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    await expect.poll(async () => (await heights()).at(-1) === (await inner())).toBe(true);
    const settled = await heights();
    // Pointing at the chart changes nothing in size: the next message is the answer to a request, with the same height.
    await frame.locator(".recharts-surface").first().hover({ position: { x: 200, y: 120 } });
    await frame.locator(".chart-tooltip").waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.evaluate(() => (document.querySelector("#chart") as HTMLIFrameElement).contentWindow!.postMessage({ type: "kj-embed:request-height" }, "*"));
    await expect.poll(async () => (await heights()).length).toBe(settled.length + 1);
    expect((await heights()).at(-1)).toBe(settled.at(-1));
    // A narrower window reflows the chart: a new height follows.
    await page.setViewportSize({ width: 390, height: 800 });
    await expect.poll(async () => { const h = await heights(); return h.length > settled.length + 1 && h.at(-1) === (await inner()); }, { timeout: 10_000 }).toBe(true);
    expect((await heights()).at(-1)).not.toBe(settled.at(-1));
    expect(errors).toEqual([]);
  });
});

describe("copy buttons", () => {
  it("put each snippet on the clipboard and say so", async () => {
    const { page, errors } = await openPage(390, 800);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL() });
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix`);
    await chartDrawn(page);
    const card = page.locator(".chart-card").first();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const copies = [
      ["Embed", "Embed code", /^<iframe src="[^"]*card=netflix-entries/],
      ["Cite", "Citation", /^Korea–Japan content trade dashboard\. "Korean titles in Japan's Netflix top 10\."/],
      ["Cite", "BibTeX", /^@misc\{kjcontent-/],
      ["Cite", "Link pinned to this data version", /\?view=charts&v=[0-9a-f]{12}$/],
      ["Share", "Link to this view", /\?view=charts$/],
      ["Share", "Link pinned to this data version", /\?view=charts&v=[0-9a-f]{12}$/],
    ] as const;
    for (const [menu, label, expected] of copies) {
      await card.getByRole("button", { name: menu, exact: true }).click();
      const dialog = page.getByRole("dialog");
      const text = await dialog.getByLabel(label, { exact: true }).inputValue();
      await dialog.getByRole("button", { name: `Copy ${label}` }).click();
      await dialog.getByRole("status").filter({ hasText: "Copied" }).waitFor();
      expect(await clipboard()).toBe(text);
      expect(text).toMatch(expected);
      await dialog.getByRole("button", { name: "Close" }).click();
    }
    expect(errors).toEqual([]);
  });
});
