import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parse-csv";
import { observationRowSchema, type ObservationRow } from "../../src/data/schemas";
import { selectMarket } from "../../src/features/market/market-view";
import { selectExportShares } from "../../src/features/share/share-view";
import { selectFlows } from "../../src/features/trade/select-trade";
import { isCited, isYearly } from "../../src/lib/observation-series";
import { currencyOf } from "../../src/lib/reading-scale";
import { tempDir } from "../helpers/temp-dir";
import { BASE_URL, chartDrawn, openPage, showTable } from "./page";

const load = (name: string) => parseCsv(readFileSync(resolve(process.cwd(), `data/${name}.csv`), "utf8"), observationRowSchema, name);
const inCurrency = (rows: ObservationRow[], currency: string) => rows.filter((r) => currencyOf(r.unit) === currency);

async function csvRows(page: Page, card: Locator): Promise<string[][]> {
  const [file] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Download CSV", exact: true }).click()]);
  const path = join(await tempDir("kj-download-"), file.suggestedFilename());
  await file.saveAs(path);
  const text = (await readFile(path, "utf8")).slice(1).trim();
  return Papa.parse<string[]>(text, { newline: "\r\n" }).data.slice(1);
}

/** The first card of each view, with every row the data holds for it at the default filters. */
const FIRST_CARDS = [
  ["trade", "?view=trade", () => inCurrency(selectFlows(load("trade-flows"), { indicator: "export_value", sector: "music" }), "USD")],
  ["market", "?view=market", () => selectMarket(load("market-size"), { market: "both", sector: "all", currency: "USD" })],
  ["share", "?view=share", () => selectExportShares(load("export-share"), "music")],
] as const;

describe("nothing lost", () => {
  it.each(FIRST_CARDS)("%s: every row of the first chart's data is in its table and its CSV, drawn or not", async (_, search, expected) => {
    const rows = expected();
    expect(rows.length).toBeGreaterThan(0);
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/${search}`);
    await chartDrawn(page);
    const card = page.locator(".chart-card").first();
    await showTable(card);
    expect(await card.locator("tbody tr").count()).toBe(rows.length);
    expect(await csvRows(page, card)).toHaveLength(rows.length);
    expect(errors).toEqual([]);
  });
});

describe("each card's table", () => {
  it("switches that card alone, says what it will show, and sorts by any column", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade`);
    await chartDrawn(page);
    const cards = page.locator(".chart-card");
    const first = cards.first();
    await showTable(first);
    await first.getByRole("button", { name: "Show chart" }).waitFor();
    expect(await first.locator("svg.recharts-surface").count()).toBe(0);
    expect(await cards.nth(1).getByRole("button", { name: "Show table" }).count()).toBe(1);
    expect(await cards.nth(1).getByRole("table").count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("table")).toBeNull();

    const header = first.getByRole("columnheader", { name: /Value \(US\$ million\)/ });
    const values = () => first.locator("tbody tr td:nth-child(3)").evaluateAll((tds) => tds.map((td) => Number(td.textContent!.replaceAll(",", ""))));
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const up = await values();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    expect(await values()).toEqual([...up].reverse());
    const year = first.getByRole("columnheader", { name: "Year" });
    expect(await year.getAttribute("aria-sort")).toBeNull();
    await first.getByRole("button", { name: "Show chart" }).click();
    await first.locator("svg.recharts-surface").first().waitFor();
    expect(errors).toEqual([]);
  });

  it("on the rankings, shows the table of the rank chart under the rank chart", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix`);
    await chartDrawn(page);
    const rank = page.locator('[data-card="netflix-rank"]');
    await showTable(rank);
    const title = await rank.locator("h2").textContent();
    expect(await rank.getByRole("table").locator("caption").textContent()).toBe(title);
    expect(await rank.getByRole("columnheader").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("Best rank")]));
    expect(await page.locator('[data-card="netflix-entries"]').getByRole("table").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("press figures", () => {
  it("are counted under the chart and can be hidden, while the table keeps them", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=share&sector=all`);
    await chartDrawn(page);
    const card = page.locator(".chart-card").first();
    const cited = selectExportShares(load("export-share"), "all").filter((r) => isCited(r) && isYearly(r));
    const press = card.getByLabel(new RegExp(`Show ${cited.length} press figures`));
    expect(await press.isChecked()).toBe(true);
    expect(await card.locator("circle.mark-cited").count()).toBeGreaterThan(0);
    await press.uncheck();
    expect(await card.locator("circle.mark-cited").count()).toBe(0);
    await showTable(card);
    expect(await card.locator("tbody tr").count()).toBe(selectExportShares(load("export-share"), "all").length);
    expect(errors).toEqual([]);
  });
});

describe("one question per chart", () => {
  it.each(["?view=trade", "?view=market", "?view=share"])("%s: the first chart draws at most six statistics by default, beside its press figures", async (search) => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/${search}`);
    await chartDrawn(page);
    const names = (await page.locator(".chart-card").first().locator("svg.recharts-surface desc").first().textContent())!.split("; ");
    // A statistic's preliminary or estimated figures are drawn dashed beside its final ones, as one statistic.
    const statistics = new Set(names.filter((n) => !n.includes("cited figures")).map((n) => n.replace(/ \((preliminary|estimate|FY|computed)(, \w+)*\)$/, "")));
    expect(statistics.size).toBeGreaterThan(0);
    expect(statistics.size, names.join("\n")).toBeLessThanOrEqual(6);
    expect(errors).toEqual([]);
  });
});
