import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_URL, chartDrawn, openPage } from "./page";

const DIR = resolve(process.cwd(), "tests/e2e/screenshots");
const SHOTS = [
  ["overview", "?view=overview"],
  ["trade", "?view=trade"],
  ["market", "?view=market"],
  ["share", "?view=share"],
  ["charts-netflix", "?view=charts&chart=netflix&week=2023-03-12"],
  ["charts-global", "?view=charts&chart=global"],
  ["charts-hot100", "?view=charts&chart=hot100"],
  ["charts-spotify", "?view=charts&chart=spotify"],
  ["charts-boxoffice", "?view=charts&chart=boxoffice"],
  ["charts-flixpatrol", "?view=charts&chart=flixpatrol"],
] as const;
const LANGUAGES = [["", ""], ["-ko", "&lang=ko"], ["-ja", "&lang=ja"]] as const;
const EMBEDS = [["embed-overview-ja", "?view=overview&embed=1&card=music-exports&lang=ja"], ["embed-ko", "?view=charts&chart=netflix&embed=1&card=netflix-entries&lang=ko"], ["embed-ja", "?view=trade&embed=1&card=flows&lang=ja"]] as const;

const CASES = [
  ...SHOTS.flatMap(([name, search]) => LANGUAGES.flatMap(([suffix, lang]) => [390, 1280].map((width) => [`${name}${suffix}-${width}`, `${search}${lang}`, width] as const))),
  ...EMBEDS.map(([name, search]) => [`${name}-390`, search, 390] as const),
];

describe("screenshots for review", () => {
  mkdirSync(DIR, { recursive: true });
  it.each(CASES)("%s", async (name, search, width) => {
    const { page, errors } = await openPage(width, 900);
    await page.goto(`${BASE_URL()}/${search}`);
    await chartDrawn(page);
    // Charts below the first draw when the page is idle: a full-page shot waits for them.
    await page.waitForFunction(() => document.querySelectorAll(".chart-pending").length === 0, undefined, { timeout: 20_000 });
    const file = `${DIR}/${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    expect(errors).toEqual([]);
  });
});

describe("screenshots of the coverage map for review", () => {
  it.each(LANGUAGES.flatMap(([suffix, lang]) => [390, 1280].map((width) => [`coverage${suffix}-${width}`, `?view=coverage${lang}`, width] as const)))("%s", async (name, search, width) => {
    const { page, errors } = await openPage(width, 900);
    await page.goto(`${BASE_URL()}/${search}`);
    await page.locator(".coverage-grid tbody tr[data-line]").first().waitFor();
    await page.screenshot({ path: `${DIR}/${name}.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
