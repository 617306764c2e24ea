import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BASE_URL, openPage } from "./page";

const DATASETS = ["trade-flows", "market-size", "export-share", "box-office"];
const rowsOf = (id: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${id}.csv`, "utf8"), { header: true, skipEmptyLines: true }).data;

describe("the coverage map", () => {
  it("draws a cell for every year of every line, and its counts equal the rows in data/", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=coverage`);
    const grid = page.getByRole("table");
    await grid.waitFor();
    const rows = DATASETS.flatMap(rowsOf);
    const years = [...new Set(rows.map((r) => Number(r.year)).filter((y) => y >= 1998))];
    const yearColumns = Math.max(...years) - 1998 + 1;
    expect(await grid.locator("thead th").allTextContents()).toEqual(["Indicator · flow · sector", ...Array.from({ length: yearColumns }, (_, i) => String(1998 + i)), "Year not stated", "Figures"]);
    const lines = new Set(rows.map((r) => [r.indicator, r.direction, r.reporter, r.partner, r.sector].join("|")));
    expect(await grid.locator("tbody tr[data-line]").count()).toBe(lines.size);
    const counted = await grid.locator("tbody td[data-rows]").evaluateAll((cells) => cells.reduce((sum, td) => sum + Number((td as HTMLElement).dataset.rows), 0));
    expect(counted).toBe(rows.filter((r) => r.year === "" || Number(r.year) >= 1998).length);
    const [undated, before] = [rows.filter((r) => r.year === "").length, rows.filter((r) => r.year !== "" && Number(r.year) < 1998).length];
    const summary = await page.locator(".coverage-summary", { hasText: "Content exports and imports between Korea and Japan" }).textContent();
    expect(summary).toMatch(new RegExp(`^${rows.length} rows of Content exports and imports between Korea and Japan, .+: ${rows.length - undated - before} from 1998 on, ${undated} with no year stated, ${before} before 1998\\.$`));

    // One line, cell by cell, against the file.
    const music = rowsOf("trade-flows").filter((r) => r.indicator === "export_value" && r.direction === "KOR-JPN" && r.sector === "music");
    const line = grid.locator('tr[data-line="export_value|KOR-JPN|KOR|JPN|music"]');
    const cells = await line.locator("td").evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.rows ?? -1)));
    const perYear = Array.from({ length: yearColumns }, (_, i) => music.filter((r) => Number(r.year) === 1998 + i).length);
    expect(cells.slice(0, yearColumns)).toEqual(perYear);
    expect(cells.slice(0, yearColumns)).toContain(0);
    expect(await line.locator("td.coverage-gap").count()).toBe(perYear.filter((n) => n === 0).length);
    const statistics = await line.locator("td").evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.measures ?? 0)));
    const measuresPerYear = Array.from({ length: yearColumns }, (_, i) => new Set(music.filter((r) => Number(r.year) === 1998 + i).map((r) => r.measure)).size);
    expect(statistics.slice(0, yearColumns)).toEqual(measuresPerYear);
    expect(measuresPerYear.some((n) => n > 1)).toBe(true);
    expect(errors).toEqual([]);
  });

  it("reaches each filled cell by keyboard and opens the chart and table row that hold it", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=coverage`);
    const cell = page.locator('tr[data-line="export_value|KOR-JPN|KOR|JPN|music"] td.coverage-filled a').filter({ hasText: /./ }).last();
    await cell.waitFor();
    expect(await cell.getAttribute("aria-label")).toMatch(/^2024: 1 figure from KOCCA survey, music exports by region \(KOSIS\); 1 source$/);
    await cell.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/view=trade/);
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({ view: "trade", sector: "music", dir: "KOR-JPN", from: "2024", to: "2024", table: "1" });
    const table = page.locator(".chart-card").first().getByRole("table");
    await table.waitFor();
    expect(await table.locator("tbody tr", { hasText: "KOCCA survey, music exports by region (KOSIS)" }).locator("td").first().textContent()).toBe("2024");
    expect(errors).toEqual([]);
  });
});
