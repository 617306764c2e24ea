import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { englishStrings, findEnglish, translator } from "./catalogue-text";
import { allChartsDrawn, BASE_URL, chartDrawn, openPage } from "./page";

const LANGS = ["ko", "ja"] as const;
/** Each view with the message id of its first chart's title, and whether its axis is weekly (dates) or yearly. */
const VIEWS = [
  ["overview", "?view=overview", "overview.music-exports.title", "year"],
  ["trade", "?view=trade", "exportsTitle", "year"],
  ["market", "?view=market", "marketUsdTitle", "year"],
  ["share", "?view=share", "shareSectorTitle", "year"],
  ["charts: netflix", "?view=charts&chart=netflix", "weekly.netflix.title", "date"],
  ["charts: global", "?view=charts&chart=global", "weekly.global.title", "date"],
  ["charts: spotify", "?view=charts&chart=spotify", "weekly.spotify.title", "date"],
  ["charts: hot100", "?view=charts&chart=hot100", "weekly.hot100.title", "date"],
  ["charts: boxoffice", "?view=charts&chart=boxoffice", "boxOfficeTitle", "year"],
  ["charts: flixpatrol", "?view=charts&chart=flixpatrol", "weekly.flixpatrol.title", "date"],
] as const;
/** A weekly axis marks years, or quarters by the month's name in the language. */
/** The sector the trade and share views open on, as labels.csv names it. */
const MUSIC = { ko: "음악", ja: "音楽" };
const WEEK_TICK = { ko: /^(\d{4}|\d{1,2}월)$/, ja: /^(\d{4}|\d{1,2}月)$/ };

/** The text a reader can see or hear: text nodes, labels and titles, leaving out evidence marked translate="no". */
const pageText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('[translate="no"], script, style')) out.push(node.textContent ?? "");
    }
    for (const el of document.querySelectorAll("[aria-label], [title]")) {
      if (!el.closest('[translate="no"]')) out.push(el.getAttribute("aria-label") ?? "", el.getAttribute("title") ?? "");
    }
    return out.join("\n");
  });

describe.each(LANGS)("the dashboard in %s", (lang) => {
  const t = translator(lang);
  const english = englishStrings(lang);

  it.each(VIEWS)("%s: tabs, titles and axes are translated and no English message shows", async (_, search, titleId, axis) => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/${search}&lang=${lang}`);
    await chartDrawn(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.getByRole("navigation", { name: t("views") }).getByRole("link").allTextContents()).toEqual(
      ["overview", "trade", "market", "share", "charts", "coverage"].map((v) => t(`viewNames.${v}`)),
    );
    const card = page.locator(".chart-card").first();
    expect(await card.locator(".chart-card-header h2").textContent()).toBe(t(titleId, { country: "JP", sector: MUSIC[lang] }));
    const ticks = await card.locator('.recharts-cartesian-axis-tick-value[orientation="bottom"]').allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    if (axis === "date") expect(ticks.every((tick) => WEEK_TICK[lang].test(tick)), ticks.join(" ")).toBe(true);
    else expect(ticks.every((tick) => /^\d{4}$/.test(tick))).toBe(true);
    // Clicked once the charts below have drawn, so that the footer no longer moves under the pointer.
    await allChartsDrawn(page);
    await page.getByText(t("aboutData")).click();
    await page.getByRole("heading", { name: t("datasetsHeading"), exact: true }).waitFor();
    await page.getByRole("heading", { name: t("dataset.labels.title") }).waitFor();
    expect(findEnglish(await pageText(page), english)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("coverage: the map's headings, groups, rows and cell labels are translated and no English message shows", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=coverage&lang=${lang}`);
    await page.locator(".coverage-summary", { hasText: t("dataset.trade-flows.title") }).waitFor();
    expect(await page.getByRole("columnheader", { name: t("coverageLine") }).count()).toBe(1);
    expect(await page.getByRole("columnheader", { name: t("coverageScope.korea-japan") }).count()).toBe(1);
    expect(await page.locator("td.coverage-filled a").first().getAttribute("aria-label")).toMatch(lang === "ko" ? /^\d{4}년: / : /^\d{4}年：/);
    expect(findEnglish(await pageText(page), english)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("keeps the language on reload, in the tabs' links and in an embed", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=market&lang=${lang}`);
    await chartDrawn(page);
    await page.reload();
    await chartDrawn(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.title()).toBe(t("appTitle"));
    await page.getByRole("link", { name: t("viewNames.charts") }).click();
    await page.getByRole("heading", { name: t("weekly.netflix.title", { country: "JP" }), exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe(lang);
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&embed=1&card=netflix-entries&controls=0&lang=${lang}`);
    await chartDrawn(page);
    await page.reload();
    await page.getByRole("heading", { name: t("weekly.netflix.title", { country: "JP" }), exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const full = page.getByRole("link", { name: t("viewFull") });
    expect(new URL((await full.getAttribute("href"))!).searchParams.get("lang")).toBe(lang);
    expect(findEnglish(await pageText(page), english)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("cites the view in the language, with the language in its permalink", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade&lang=${lang}`);
    await chartDrawn(page);
    await page.locator(".chart-card").first().getByRole("button", { name: t("cite"), exact: true }).click();
    const citation = await page.getByLabel(t("citeText"), { exact: true }).inputValue();
    expect(citation.startsWith(t("siteName"))).toBe(true);
    expect(citation).toContain(`lang=${lang}`);
    expect(findEnglish(citation.replace(/https?:\S+/g, ""), english)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

async function download(page: Page, button: string) {
  const card = page.locator(".chart-card").first();
  const [file] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: button, exact: true }).click()]);
  const path = join(await mkdtemp(join(tmpdir(), "kj-download-")), file.suggestedFilename());
  await file.saveAs(path);
  return readFile(path, "utf8");
}

describe("downloads in the page's language", () => {
  it("write Korean CSV headers and a Japanese image, with the sources as published", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade&sector=music&lang=ko`);
    await chartDrawn(page);
    const ko = translator("ko");
    const csv = await download(page, ko("downloadCsv"));
    const headers = csv.slice(1).split("\r\n")[0].split(",");
    expect(headers.slice(0, 5)).toEqual(["차트에 표시", "표시하지 않은 이유", "연도", "기간", "기간 시작"]);
    expect(headers).toContain("계열");
    // The music exports card holds thousands (KOSIS) and millions (the press): each row's unit has its own column.
    expect(headers).toEqual(expect.arrayContaining([ko("csvValueSeeUnit"), ko("csvUnit")]));
    await page.goto(`${BASE_URL()}/?view=charts&chart=hot100&lang=ja`);
    await chartDrawn(page);
    const ja = translator("ja");
    const svg = await download(page, ja("downloadSvg"));
    expect(svg).toContain('xml:lang="ja"');
    expect(svg).toContain(ja("weekly.hot100.title"));
    expect(svg).toContain("出典： Billboard JAPAN Hot 100 (billboard-japan.com)");
    expect(errors).toEqual([]);
  });
});

describe("the scan for English", () => {
  it("finds the English messages, labels and events on the English page", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade`);
    await chartDrawn(page);
    const found = findEnglish(await pageText(page), englishStrings("ko"));
    expect(found).toEqual(expect.arrayContaining(["Korea's exports to Japan", "Show table", "Timeline", "Kim–Obuchi declaration", "US$ million"]));
    expect(errors).toEqual([]);
  });
});

describe("choosing the language", () => {
  it("follows a Japanese or Korean browser on a first visit, and writes the choice to the URL", async () => {
    for (const [locale, lang] of [["ja-JP", "ja"], ["ko-KR", "ko"]] as const) {
      const { page, errors } = await openPage(1280, 900, locale);
      await page.goto(`${BASE_URL()}/?view=share`);
      await page.waitForURL(new RegExp(`lang=${lang}`));
      await page.getByRole("heading", { name: translator(lang)("shareSectorTitle", { sector: MUSIC[lang] }) }).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(errors).toEqual([]);
    }
  });

  it("switches in place from the switch, and leaves English out of the URL", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade`);
    await chartDrawn(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("link", { name: "日本語", exact: true }).click();
    await page.getByRole("heading", { name: translator("ja")("exportsTitle", { sector: MUSIC.ja }) }).first().waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("ja");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.getByRole("heading", { name: "Korea's exports to Japan: Music" }).first().waitFor();
    expect(new URL(page.url()).search).toBe("?view=trade");
    expect(errors).toEqual([]);
  });

  it.each([[1280, "/"], [390, "/?view=charts"], [390, "/?lang=ko"]])("at %i px on %s, draws its links after the first chart in the line kept for them, moving nothing", async (width, path) => {
    const { page, errors } = await openPage(width, 900);
    await page.goto(`${BASE_URL()}${path}`, { waitUntil: "commit" });
    // The heading's place in the frame the first chart is drawn in, and whether the links were there yet.
    const first = await page.waitForFunction(() => {
      const drawn = [...document.querySelectorAll("svg")].some((s) => s.getBoundingClientRect().width > 150 && s.querySelectorAll("path, rect, circle, line").length > 5);
      return drawn && { top: document.querySelector("h1")!.getBoundingClientRect().top, links: document.querySelectorAll(".language-switch a").length };
    }, undefined, { polling: "raf", timeout: 15_000 }).then((h) => h.jsonValue() as Promise<{ top: number; links: number }>);
    expect(first.links).toBe(0);
    const links = page.getByRole("navigation", { name: /^(Language|언어|言語)$/ }).getByRole("link");
    await links.first().waitFor();
    expect(await links.count()).toBe(3);
    expect(await page.evaluate(() => document.querySelector("h1")!.getBoundingClientRect().top)).toBe(first.top);
    expect(errors).toEqual([]);
  });

  it("keeps English when a Korean browser chooses it", async () => {
    const { page, errors } = await openPage(1280, 900, "ko-KR");
    await page.goto(`${BASE_URL()}/?view=trade`);
    await page.waitForURL(/lang=ko/);
    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.waitForURL(/lang=en/);
    await page.reload();
    await page.getByRole("heading", { name: "Korea's exports to Japan: Music" }).first().waitFor();
    expect(errors).toEqual([]);
  });
});

describe("title search by Korean or Japanese name", () => {
  it("finds The Glory as 더 글로리 and as ザ・グローリー", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&lang=ko&q=${encodeURIComponent("더 글로리")}`);
    await page.getByRole("table", { name: /^The Glory \(더 글로리\)/ }).waitFor();
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&lang=ja&q=${encodeURIComponent("ザ・グローリー")}`);
    await page.getByRole("button", { name: /^The Glory（ザ・グローリー/ }).click();
    await page.getByRole("table", { name: /^The Glory（ザ・グローリー/ }).waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("The Glory");
    expect(errors).toEqual([]);
  });
});
