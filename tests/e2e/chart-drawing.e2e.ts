import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parse-csv";
import { crossBorderWeekSchema } from "../../src/data/schemas";
import { BASE_URL, chartDrawn, openPage } from "./page";

const WORLD_EXPORTS = "export_value|KOR-WLD|KOR|WLD|all|kocca-survey|calendar|final|reported|USD_million";

/** The drawn colour of a named series: its end label's stroke or its legend swatch, as the browser computes it. */
async function colorOf(page: Page, series: string) {
  const mark = page.locator(`[data-series="${series}"]`).first().locator("path, circle").first();
  await mark.waitFor({ state: "attached" });
  return mark.evaluate((el) => getComputedStyle(el).stroke);
}

describe("colour as identity", () => {
  it("keeps a series' colour at any year range, and Korea's colour on every view", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade`);
    await chartDrawn(page);
    const wide = await colorOf(page, WORLD_EXPORTS);
    await page.goto(`${BASE_URL()}/?view=trade&from=2015&to=2022`);
    await chartDrawn(page);
    expect(await colorOf(page, WORLD_EXPORTS)).toBe(wide);
    await page.goto(`${BASE_URL()}/?view=charts&chart=hot100`);
    await chartDrawn(page);
    expect(await colorOf(page, "Hot 100|KOR")).toBe(wide);
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&from=2022&to=2023`);
    await chartDrawn(page);
    const films = await colorOf(page, "Films|KOR");
    expect(films).toBe(wide);
    expect(await colorOf(page, "TV|KOR")).not.toBe(films);
    expect(errors).toEqual([]);
  });
});

describe("no animation", () => {
  it("draws the final chart at once after a filter change", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade`);
    await chartDrawn(page);
    await page.getByLabel("Sector").selectOption("film");
    const svg = () => page.locator(".chart-card").first().locator("svg.recharts-surface").evaluate((el) => el.outerHTML);
    await page.waitForTimeout(100);
    const soon = await svg();
    await page.waitForTimeout(1900);
    expect(await svg()).toBe(soon);
    expect(errors).toEqual([]);
  });
});

describe("weekly ranks", () => {
  it("draw every week's best rank as its own visible mark, a one-week run included", async () => {
    const rows = parseCsv(readFileSync(resolve(process.cwd(), "data/netflix-cross-border.csv"), "utf8"), crossBorderWeekSchema, "netflix-cross-border.csv")
      .filter((r) => r.country === "JP" && r.bestRank !== null);
    const weeks = (category: string) => new Set(rows.filter((r) => r.category === category).map((r) => r.week));
    const shift = (week: string, days: number) => new Date(Date.parse(week) + days * 86_400_000).toISOString().slice(0, 10);
    const films = weeks("Films");
    const lone = [...films].filter((w) => !films.has(shift(w, -7)) && !films.has(shift(w, 7)));
    expect(lone.length, "the data holds one-week runs").toBeGreaterThan(0);
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix`);
    await chartDrawn(page);
    const marks = page.locator(".chart-card").nth(1).locator("circle.mark-week");
    expect(await marks.count()).toBe(rows.length);
    const radii = await marks.evaluateAll((els) => els.map((el) => Number(el.getAttribute("r"))));
    expect(Math.min(...radii)).toBeGreaterThanOrEqual(2.5);
    expect(errors).toEqual([]);
  });

  it("list the timeline events that fall outside the chart's weeks", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&event=world-cup-2002`);
    await chartDrawn(page);
    await page.getByText("The selected event, World Cup 2002, falls outside this chart's weeks.").first().waitFor();
    await page.getByText(/timeline events fall outside this chart's weeks/).first().click();
    await page.getByText("31 May 2002 – 30 June 2002: World Cup 2002").first().waitFor();
    expect(errors).toEqual([]);
  });
});
