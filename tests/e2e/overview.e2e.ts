import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir";
import { BASE_URL, chartDrawn, openPage } from "./page";

/** Each card's series as its full view names them (in English), which that view must draw. */
const FULL_VIEW_SERIES: Record<string, string[]> = {
  "music-exports": ["Music · KOCCA survey, music exports by region (KOSIS)"],
  "broadcast-share": ["Broadcasting · Broadcast programme trade survey (KBI, then KOCCA)"],
  "game-share": ["Games"],
  "netflix-korean-in-japan": ["Titles from Korea · TV", "Titles from Korea · Films"],
  "netflix-japanese-in-korea": ["Titles from Japan · TV", "Titles from Japan · Films"],
  "hot100-korean": ["Songs by acts from Korea · Hot 100"],
  "box-office-japanese": ["Japan · KOBIS yearly lists (computed)"],
  "japan-content-market": ["Market size · All content (DCAJ) · DCAJ white paper"],
};

const overviewRows = Papa.parse<Record<string, string>>(readFileSync("data/overview.csv", "utf8"), { header: true, skipEmptyLines: true }).data;

describe("the overview", () => {
  it("is what a bare address opens: at least five charts, each with a source line and a link to its full view", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/`);
    await page.getByRole("link", { name: "Overview" }).and(page.locator("[aria-current=page]")).waitFor();
    await chartDrawn(page);
    await page.waitForFunction(() => document.querySelectorAll(".chart-pending").length === 0, undefined, { timeout: 20_000 });
    const cards = page.locator(".overview .chart-card");
    expect(await cards.count()).toBeGreaterThanOrEqual(5);
    for (const card of await cards.all()) {
      expect(await card.locator("svg.recharts-surface").count()).toBe(1);
      expect(await card.locator(".source-line").textContent()).toMatch(/^Sources?: \S/);
      expect(await card.locator("a[data-overview-link]").getAttribute("href")).toMatch(/^\?view=/);
      expect(await card.locator(".overview-sentence").textContent()).toMatch(/\d{4}.*\d{4}/);
    }
    expect(errors).toEqual([]);
  });

  it.each(Object.entries(FULL_VIEW_SERIES))("%s: its link opens a view that draws the same series", async (id, series) => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/`);
    const link = page.locator(`a[data-overview-link="${id}"]`);
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await page.waitForURL((url) => url.search === href);
    await chartDrawn(page);
    await page.waitForFunction(() => document.querySelectorAll(".chart-pending").length === 0, undefined, { timeout: 20_000 });
    const drawn = (await page.locator("svg.recharts-surface desc").allTextContents()).flatMap((d) => d.split("; "));
    expect(drawn).toEqual(expect.arrayContaining(series));
    await page.reload();
    await chartDrawn(page);
    await page.waitForFunction(() => document.querySelectorAll(".chart-pending").length === 0, undefined, { timeout: 20_000 });
    expect((await page.locator("svg.recharts-surface desc").allTextContents()).flatMap((d) => d.split("; "))).toEqual(expect.arrayContaining(series));
    expect(errors).toEqual([]);
  });

  it("downloads a card as exactly the figures it holds, each with its source", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/`);
    const card = page.locator('[data-card="game-share"]');
    await card.locator("svg.recharts-surface").waitFor();
    const [file] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Download CSV", exact: true }).click()]);
    const path = `${await tempDir("kj-overview-")}/${file.suggestedFilename()}`;
    await file.saveAs(path);
    expect(file.suggestedFilename()).toMatch(/^overview_game-share_1998-2026_\d{4}-\d{2}-\d{2}\.csv$/);
    const [headers, ...rows] = Papa.parse<string[]>(readFileSync(path, "utf8").slice(1).trim(), { newline: "\r\n" }).data;
    const at = (h: string) => headers.indexOf(h);
    const expected = overviewRows.filter((r) => r.card === "game-share").map((r) => [r.year, r.value, r.sourcePublisher, r.sourceUrl]);
    expect(rows.map((r) => [r[at("Year")], r[at("Value (Per cent)")], r[at("Source publisher")], r[at("Source URL")]]).sort()).toEqual(expected.sort());
    const [image] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "PNG", exact: true }).click()]);
    expect(image.suggestedFilename()).toMatch(/^overview_game-share_.*\.png$/);
    const pngPath = `${await tempDir("kj-overview-")}/${image.suggestedFilename()}`;
    await image.saveAs(pngPath);
    const png = readFileSync(pngPath);
    // Landscape: 1200 wide, at least 16:9 tall (taller when the key needs the room).
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(675);
    expect(errors).toEqual([]);
  });

  it("embeds as a whole or one card, and reads in Korean and Japanese", async () => {
    const { page, errors } = await openPage(390);
    await page.goto(`${BASE_URL()}/?view=overview&embed=1&card=hot100-korean&lang=ja`);
    await chartDrawn(page);
    expect(await page.locator(".chart-card:visible").count()).toBe(1);
    expect(await page.locator(".chart-card:visible h2").textContent()).toBe("Billboard JAPAN Hot 100に入った韓国の曲");
    await page.goto(`${BASE_URL()}/?embed=1&lang=ko`);
    await chartDrawn(page);
    expect(await page.locator(".chart-card:visible").count()).toBe(Object.keys(FULL_VIEW_SERIES).length);
    expect(await page.locator('[data-card="music-exports"] .overview-sentence').textContent()).toMatch(/^한국 음악의 대일 수출액은 2005년 /);
    expect(errors).toEqual([]);
  });
});
