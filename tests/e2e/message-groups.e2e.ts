import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { GROUPS, readCatalogue } from "../../scripts/lib/catalogues";
import { englishStrings, findEnglish, translator } from "./catalogue-text";
import { BASE_URL, chartDrawn, openPage } from "./page";

/** Every message id that no sentence would contain: dotted or camelCase keys such as `compare.points` or `overviewIntro`. */
const IDS = [...new Set(GROUPS.flatMap((g) => Object.keys(readCatalogue("en", g))))].filter((id) => /[.A-Z]/.test(id));
const idsIn = (text: string) => IDS.filter((id) => new RegExp(`(^|[^\\w.-])${id.replace(/[.]/g, "\\.")}($|[^\\w.-])`).test(text));

type Seen = { lang: string; text: string }[];

/**
 * Records, from before the page's first script runs, every text and label the page's body ever shows (leaving out
 * evidence marked translate="no") with the page's language at the time, so a message shown for a moment as its id
 * or in English is caught too.
 */
async function recordTexts(page: Page) {
  await page.addInitScript(() => {
    const seen: Seen = [];
    (window as unknown as { seenTexts: Seen }).seenTexts = seen;
    const push = (text: string | null) => text && seen.push({ lang: document.documentElement.lang, text });
    const keep = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement;
      if (!element || !document.body?.contains(element) || element.closest('[translate="no"], script, style')) return;
      if (node.nodeType === Node.TEXT_NODE) push(node.textContent);
      if (node instanceof Element) for (const name of ["aria-label", "title"]) push(node.getAttribute(name));
    };
    const walk = (node: Node) => {
      keep(node);
      node.childNodes.forEach(walk);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === "childList") r.addedNodes.forEach(walk);
        else keep(r.target);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["aria-label", "title"] });
  });
}

/** The texts recorded since the last call; with `lang`, only those drawn once the page was in that language. */
async function takeTexts(page: Page, lang?: string) {
  const seen = await page.evaluate(() => (window as unknown as { seenTexts: Seen }).seenTexts.splice(0));
  return seen.filter((s) => !lang || s.lang === lang).map((s) => s.text).join("\n");
}

const allCardsDrawn = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll(".chart-card").length > 0 && document.querySelectorAll(".chart-pending").length === 0, undefined, { timeout: 20_000 });

describe("each part of the page brings its own messages", () => {
  const ko = translator("ko");
  const english = englishStrings("ko");

  it("the Korean overview draws in Korean from its first frame: no message id, no English", async () => {
    const { page, errors } = await openPage();
    await recordTexts(page);
    await page.goto(`${BASE_URL()}/?lang=ko`);
    await chartDrawn(page);
    await allCardsDrawn(page);
    expect(await page.locator(".overview-intro").textContent()).toContain(ko("overviewIntro"));
    expect(await page.locator(".chart-card-header h2").first().textContent()).toBe(ko("overview.music-exports.title"));
    const seen = await takeTexts(page);
    expect(idsIn(seen)).toEqual([]);
    expect(findEnglish(seen, english)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("the Korean comparison panel draws in Korean from its first frame: no message id, no English", async () => {
    const { page, errors } = await openPage();
    await recordTexts(page);
    await page.goto(`${BASE_URL()}/?view=trade&event=export-curbs&lang=ko`);
    const panel = page.locator(".compare-panel").first();
    await panel.locator(".compare-sentence").first().waitFor();
    expect(await panel.locator("h3").textContent()).toContain(ko("compare.heading", { event: "" }).trim());
    expect(await panel.getByRole("columnheader").first().textContent()).toBe(ko("colSeries"));
    const seen = await takeTexts(page);
    expect(idsIn(seen)).toEqual([]);
    expect(findEnglish(seen, english)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("a Korean reader going from the overview to the chart rankings and the coverage map gets each view in Korean", async () => {
    const { page, errors } = await openPage();
    await recordTexts(page);
    await page.goto(`${BASE_URL()}/?lang=ko`);
    await chartDrawn(page);
    const tabs = page.getByRole("navigation", { name: ko("views") });
    await tabs.getByRole("link", { name: ko("viewNames.charts") }).click();
    await page.getByRole("heading", { name: ko("weekly.netflix.title", { country: "JP" }) }).first().waitFor();
    await allCardsDrawn(page);
    await tabs.getByRole("link", { name: ko("viewNames.coverage") }).click();
    await page.getByRole("columnheader", { name: ko("coverageLine") }).waitFor();
    const seen = await takeTexts(page);
    expect(idsIn(seen)).toEqual([]);
    expect(findEnglish(seen, english)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("a Korean reader opening the box office chart, a cite dialog and About the data gets each in Korean", async () => {
    const { page, errors } = await openPage();
    await recordTexts(page);
    await page.goto(`${BASE_URL()}/?view=charts&chart=boxoffice&lang=ko`);
    await chartDrawn(page);
    await allCardsDrawn(page);
    await page.getByRole("button", { name: ko("cite") }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: ko("close") }).click();
    await page.getByText(ko("aboutData")).click();
    await page.getByRole("heading", { name: ko("datasetsHeading") }).waitFor();
    const seen = await takeTexts(page);
    expect(idsIn(seen)).toEqual([]);
    expect(findEnglish(seen, english)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each([
    ["the overview", "/", "overview.music-exports.title"],
    ["a comparison panel", "/?view=trade&event=export-curbs", "compare.heading"],
    ["the chart rankings", "/?view=charts", "weekly.netflix.title"],
  ])("switching %s from English to Japanese in place shows its Japanese messages at once", async (_, path, id) => {
    // What is drawn once the page is Japanese, and of it only the messages: the data's names of events are not (a list of
    // events outside the chart takes one more render to follow the language).
    const ja = translator("ja");
    const { page, errors } = await openPage();
    await recordTexts(page);
    await page.goto(`${BASE_URL()}${path}`);
    await chartDrawn(page);
    await allCardsDrawn(page);
    if (path.includes("event=")) await page.locator(".compare-panel .compare-sentence").first().waitFor();
    await page.waitForLoadState("networkidle");
    await takeTexts(page);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "日本語" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "ja");
    await allCardsDrawn(page);
    const expected = ja(id, { event: "", country: "JP" }).trim();
    await page.getByText(expected, { exact: false }).first().waitFor();
    const seen = await takeTexts(page, "ja");
    expect(idsIn(seen)).toEqual([]);
    expect(findEnglish(seen, englishStrings("ja", false))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
