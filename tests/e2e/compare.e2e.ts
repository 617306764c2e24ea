import { mkdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir";
import { englishStrings, findEnglish, translator } from "./catalogue-text";
import { BASE_URL, chartDrawn, openPage } from "./page";

type Week = { week: string; country: string; category: string; origin: string; entries: string; bestRank: string };
const csv = <T,>(file: string) => Papa.parse<T>(readFileSync(resolve(process.cwd(), file), "utf8"), { header: true, skipEmptyLines: true }).data;
const weeks = csv<Week>("data/netflix-cross-border.csv");
const suzume = csv<{ date: string; label: string }>("data/curated/events.csv").find((e) => e.label === "Suzume")!;

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const shown = (x: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(x);

/** Japanese titles in Korea's list in the n Netflix weeks (named by their closing Sunday) before or after the week of Suzume's release. */
function window(category: string, side: "before" | "after", n: number) {
  const released = Date.parse(`${suzume.date}T00:00:00Z`);
  const sunday = released + ((7 - new Date(released).getUTCDay()) % 7) * DAY;
  const names = new Set(Array.from({ length: n }, (_, k) => iso(sunday + (side === "before" ? -1 : 1) * 7 * (k + 1) * DAY)));
  const rows = weeks.filter((r) => r.country === "KR" && r.category === category && r.origin === "JPN" && names.has(r.week));
  return { lists: rows.length, entries: mean(rows.map((r) => Number(r.entries))) };
}

/** The before and after values the panel shows for the mean entries of a list. */
async function shownMeans(page: Page, category: string) {
  const row = page.locator(".compare-table tr", { hasText: `Titles from Japan · ${category}` }).filter({ hasText: "titles a week" });
  const cells = row.locator("td .compare-value");
  return [await cells.nth(0).textContent(), await cells.nth(1).textContent()];
}

describe("comparing before and after an event", () => {
  it("shows Korea's Netflix means around Suzume as the data give them, keeps them in the URL and in the CSV", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&country=KR`);
    await chartDrawn(page);
    await page.getByRole("button", { name: /Suzume released in Korean cinemas/ }).click();
    const panel = page.getByRole("region", { name: "Before and after: Suzume released in Korean cinemas" });
    await panel.waitFor();
    const expected = (n: number) => ["Films", "TV"].map((c) => [shown(window(c, "before", n).entries), shown(window(c, "after", n).entries)]);
    expect([window("Films", "before", 12).lists, window("Films", "after", 12).lists]).toEqual([12, 12]);
    expect([await shownMeans(page, "Films"), await shownMeans(page, "TV")]).toEqual(expected(12));
    expect(await panel.locator(".compare-sentence").textContent()).toContain(`averaged ${shown(window("Films", "after", 12).entries)} a week, against ${shown(window("Films", "before", 12).entries)} a week in the 12 weeks before`);
    expect(await page.locator(".window-band").count()).toBe(4);

    await panel.getByLabel("Weeks before").selectOption("8");
    await page.waitForURL(/before=8/);
    expect(new URL(page.url()).searchParams.get("event")).toBe("suzume");
    await page.reload();
    await page.getByRole("region", { name: "Before and after: Suzume released in Korean cinemas" }).waitFor();
    const films = await shownMeans(page, "Films");
    expect(films).toEqual([shown(window("Films", "before", 8).entries), shown(window("Films", "after", 12).entries)]);

    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the comparison (CSV)" }).click()]);
    expect(file.suggestedFilename()).toMatch(/^netflix-cross-border_compare_country-KR_event-suzume_before-8_after-12_/);
    const path = join(await tempDir("kj-compare-"), file.suggestedFilename());
    await file.saveAs(path);
    const [headers, ...rows] = Papa.parse<string[]>((await readFile(path, "utf8")).slice(1).trim(), { newline: "\r\n" }).data;
    const at = (h: string) => headers.indexOf(h);
    for (const category of ["Films", "TV"]) {
      const row = rows.find((r) => r[at("List")] === category && r[at("Origin counted")] === "JPN")!;
      expect(Number(row[at("Before: mean distinct entries")])).toBeCloseTo(window(category, "before", 8).entries, 12);
      expect(Number(row[at("After: mean distinct entries")])).toBeCloseTo(window(category, "after", 12).entries, 12);
      expect([Number(row[at("Before: weekly lists (count)")]), Number(row[at("After: weekly lists (count)")])]).toEqual([8, 12]);
    }
    expect(errors).toEqual([]);
  });

  it("closes with the event, and drops the windows from the URL", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=share&event=export-curbs&before=2`);
    const panel = page.getByRole("region", { name: "Before and after: Japan curbs chemical exports to Korea" }).first();
    await panel.waitFor();
    expect(await panel.getByRole("columnheader").allTextContents()).toEqual(["Series", "Before: 2017 – 2018", "After: 2020 – 2022", "Change"]);
    expect(await panel.getByText("Only figures in the years shown").count()).toBe(0);
    await page.getByLabel("From").selectOption("2018");
    await panel.getByText("Only figures in the years shown (2018–2026) are compared").waitFor();
    await page.getByRole("button", { name: "Clear the selected event" }).click();
    await page.waitForURL((url) => !url.search.includes("event"));
    expect(new URL(page.url()).search).toBe("?view=share&from=2018");
    expect(await page.locator(".compare-panel").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("choosing on the chart, and embedding", () => {
  it("chooses an event from its mark on the chart without choosing a week", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&country=KR`);
    await chartDrawn(page);
    await page.locator('.chart-card [data-event="suzume"]').first().click();
    await page.waitForURL(/event=suzume/);
    expect(new URL(page.url()).searchParams.get("week")).toBeNull();
    await page.getByRole("region", { name: "Before and after: Suzume released in Korean cinemas" }).waitFor();
    await page.locator('.chart-card [data-event="cultural-partnership"]').first().press("Enter");
    await page.waitForURL(/event=cultural-partnership/);
    expect(errors).toEqual([]);
  });

  it("keeps the comparison in an embedded chart, without its controls when the embed has none", async () => {
    const { page, errors } = await openPage(390, 900);
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&country=KR&event=suzume&before=8&embed=1&card=netflix-entries&controls=0`);
    const panel = page.getByRole("region", { name: "Before and after: Suzume released in Korean cinemas" });
    await panel.locator(".compare-table").waitFor();
    expect(await panel.getByRole("columnheader", { name: "8 weeks before" }).count()).toBe(1);
    expect(await panel.getByLabel("Weeks before").isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe.each(["ko", "ja"] as const)("the comparison in %s", (lang) => {
  const t = translator(lang);
  const english = englishStrings(lang);
  it.each(["?view=charts&chart=netflix&country=KR&event=suzume", "?view=share&event=export-curbs"])("%s shows no English message", async (search) => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/${search}&lang=${lang}`);
    const panel = page.locator(".compare-panel").first();
    await panel.locator(".compare-table").first().waitFor();
    expect(await panel.getByRole("button", { name: t("compare.download") }).count()).toBe(1);
    const text = await panel.evaluate((el) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('[translate="no"]')) out.push(node.textContent ?? "");
      for (const x of el.querySelectorAll("[title], [data-label]")) out.push(x.getAttribute("title") ?? "", x.getAttribute("data-label") ?? "");
      return out.join("\n");
    });
    expect(findEnglish(text, english)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

const DIR = resolve(process.cwd(), "tests/e2e/screenshots");
const VIEWS = [
  ["trade", "?view=trade&event=export-curbs"],
  ["share", "?view=share&event=export-curbs"],
  ["charts", "?view=charts&chart=netflix&country=KR&event=suzume"],
  ["charts-ko", "?view=charts&chart=netflix&country=KR&event=suzume&lang=ko"],
  ["charts-ja", "?view=charts&chart=netflix&country=KR&event=suzume&lang=ja"],
] as const;

describe("the comparison panel on a phone and a desktop", () => {
  mkdirSync(DIR, { recursive: true });
  it.each(VIEWS.flatMap(([name, search]) => [390, 1280].map((width) => ({ name, search, width }))))("$name at $width px fits the page", async ({ name, search, width }) => {
    const { page, errors } = await openPage(width, 900);
    await page.goto(`${BASE_URL()}/${search}`);
    const card = page.locator(".chart-card:has(.compare-panel)").first();
    await card.locator(".compare-table").first().waitFor();
    await card.screenshot({ path: `${DIR}/compare-${name}-${width}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(errors).toEqual([]);
  });
});
