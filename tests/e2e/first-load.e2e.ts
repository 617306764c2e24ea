import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { BASE_URL, chartDrawn, openPage } from "./page";

/** Every request the page makes, as path and query. */
function record(page: Page): string[] {
  const requested: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    requested.push(url.pathname + url.search);
  });
  return requested;
}

const allDrawn = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll(".chart-pending").length === 0 && document.querySelectorAll(".recharts-surface").length > 1, undefined, { timeout: 20_000 });

describe("the first load", () => {
  it.each([
    ["/", ["overview.csv"], []],
    ["/?view=trade", ["events.csv", "labels.csv", "trade-flows.csv"], []],
    // Of the rankings' dataset, only the part of the list shown; the other list's once the page is idle.
    ["/?view=charts", ["events.csv", "labels.csv", "parts/netflix-cross-border-jp.csv"], ["parts/netflix-cross-border-kr.csv"]],
    ["/?view=charts&country=KR", ["events.csv", "labels.csv", "parts/netflix-cross-border-kr.csv"], ["parts/netflix-cross-border-jp.csv"]],
  ])("of %s asks for the first screen's data once, from links the page adds before the app runs", async (path, files, later) => {
    const { page, errors } = await openPage();
    const requested = record(page);
    await page.goto(`${BASE_URL()}${path}`);
    await chartDrawn(page);
    await page.waitForLoadState("networkidle");
    const data = requested.filter((r) => r.startsWith("/data/"));
    expect(data.map((r) => r.replace(/^\/data\/|\?v=[0-9a-f]{12}$/g, "")).sort()).toEqual([...files, ...later].sort());
    const initiators = await page.evaluate(() =>
      performance.getEntriesByType("resource").filter((e) => e.name.includes("/data/")).map((e) => [new URL(e.name).pathname.replace(/^\/data\//, ""), (e as PerformanceResourceTiming).initiatorType]));
    expect(Object.fromEntries(initiators)).toEqual(Object.fromEntries([...files.map((f) => [f, "link"]), ...later.map((f) => [f, "fetch"])]));
    expect(errors).toEqual([]);
  });

  it.each([
    ["/?lang=ko", "en-US", "ko", "overview"],
    ["/?view=charts&lang=ja-JP", "ko-KR", "ja", "charts"],
    ["/", "ja-JP", "ja", "overview"],
    ["/?lang=xx", "ko-KR", "ko", "overview"],
    ["/?lang=en", "ko-KR", "en", "overview"],
    ["/", "en-US", "en", "overview"],
  ])("of %s in a %s browser shows %s, its catalogue (none for English) and the %s view's messages fetched once from links the page adds before the app runs", async (path, locale, lang, view) => {
    const { page, errors } = await openPage(1280, 900, locale);
    await page.goto(`${BASE_URL()}${path}`);
    await chartDrawn(page);
    await page.waitForLoadState("networkidle");
    const catalogues = await page.evaluate(() => {
      const plan = JSON.parse(document.getElementById("first-load")!.textContent!) as { catalogues: Record<string, string[]>; groups: Record<string, Record<string, string[]>> };
      const chunks = [
        ...Object.entries(plan.catalogues).flatMap(([language, files]) => files.map((file) => [new URL(file, location.href).href, language])),
        ...Object.entries(plan.groups).flatMap(([language, groups]) =>
          Object.entries(groups).flatMap(([group, files]) => files.map((file) => [new URL(file, location.href).href, `${group}:${language}`]))),
      ];
      const named = (href: string) => chunks.filter(([chunk]) => chunk === href).map(([, language]) => language);
      const links = [...document.querySelectorAll<HTMLLinkElement>("link[rel=modulepreload]")].flatMap((link) => named(link.href));
      return { links, fetched: performance.getEntriesByType("resource").flatMap((e) => named(e.name)) };
    });
    const expected = [...(lang === "en" ? [] : [lang]), `${view}:${lang}`];
    expect(catalogues).toEqual({ links: expected, fetched: expected });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(errors).toEqual([]);
  });

  it("of the coverage map, which draws no chart, fetches none of the chart library's code", async () => {
    const { page, errors } = await openPage();
    const scripts: string[] = [];
    page.on("response", async (r) => {
      if (/javascript/.test(r.headers()["content-type"] ?? "")) scripts.push(await r.text().catch(() => ""));
    });
    await page.goto(`${BASE_URL()}/?view=coverage`);
    await page.locator(".coverage-grid tbody tr[data-line]").first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((code) => code.includes("recharts-surface"))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("loads the full manifest only when the reader opens About the data", async () => {
    const { page, errors } = await openPage();
    const requested = record(page);
    await page.goto(`${BASE_URL()}/`);
    await chartDrawn(page);
    expect(requested).not.toContain("/data/manifest.json");
    await page.getByText("About the data: every dataset, its coverage and sources").click();
    await page.getByRole("heading", { name: "Datasets" }).waitFor();
    expect(await page.locator(".dataset-card").count()).toBeGreaterThan(10);
    expect(requested).toContain("/data/manifest.json");
    expect(errors).toEqual([]);
  });

  it("loads the full Netflix lists only for a title search, then finds the title's run", async () => {
    const { page, errors } = await openPage();
    const requested = record(page);
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix`);
    await allDrawn(page);
    expect(requested.some((r) => r.startsWith("/data/netflix-lists.csv"))).toBe(false);
    await page.getByLabel("Title (Netflix's English name, or its Korean or Japanese name)").fill("The Glory");
    const run = page.getByRole("table", { name: /^The Glory \(Korean\): weeks in the top 10/ });
    await run.waitFor();
    expect(await run.locator("tbody tr").count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });

  it("draws the page around a loading view while the view's code is slow to arrive, then the view", async () => {
    const { page, errors } = await openPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/assets/charts-view-*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${BASE_URL()}/?view=charts`);
    await page.getByRole("heading", { level: 1, name: "Korea–Japan content trade" }).waitFor();
    await page.getByRole("status").filter({ hasText: "Loading the view…" }).waitFor();
    expect(await page.locator(".recharts-surface").count()).toBe(0);
    release();
    await chartDrawn(page);
    expect(await page.getByRole("status").filter({ hasText: "Loading the view…" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("gives the tab its icon once the page is idle, and asks for no other", async () => {
    const { page, errors } = await openPage();
    const icons: string[] = [];
    page.on("response", (r) => {
      if (/^\/favicon\./.test(new URL(r.url()).pathname)) icons.push(`${new URL(r.url()).pathname} ${r.status()}`);
    });
    await page.goto(`${BASE_URL()}/`);
    await chartDrawn(page);
    await page.waitForFunction(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href.endsWith("/favicon.svg"));
    await page.waitForLoadState("networkidle");
    expect(icons).toEqual(["/favicon.svg 200"]);
    expect(errors).toEqual([]);
  });

  it("still validates a preloaded dataset and shows what is wrong with it", async () => {
    const { page } = await openPage();
    await page.route("**/data/trade-flows.csv*", (route) => route.fulfill({ body: "year,value\n2020,1\n", contentType: "text/csv" }));
    await page.goto(`${BASE_URL()}/?view=trade`);
    const alert = page.getByRole("alert").first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain("trade-flows.csv, line 1: missing column");
    expect(await page.locator(".recharts-surface").count()).toBe(0);
  });

  it("names the column of a bad cell and the values it may hold", async () => {
    const { page } = await openPage();
    await page.route("**/data/trade-flows.csv*", async (route) => {
      const text = await (await route.fetch()).text();
      await route.fulfill({ body: text.replace(",final,", ",finished,"), contentType: "text/csv" });
    });
    await page.goto(`${BASE_URL()}/?view=trade`);
    const alert = page.getByRole("alert").first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('trade-flows.csv, line 2: column "status": Invalid option: expected one of "final"|"estimate"|"preliminary" (got "finished")');
  });

  it.each([[1280, "/"], [390, "/"], [1280, "/?view=trade"], [390, "/?view=trade"]])("draws the charts below the first without scrolling, at %i px on %s", async (width, path) => {
    const { page, errors } = await openPage(width, 900);
    await page.goto(`${BASE_URL()}${path}`);
    await allDrawn(page);
    const cards = await page.locator(".chart-card").evaluateAll((all) => all.map((c) => !!c.querySelector(".recharts-surface, .undated")));
    expect(cards.every(Boolean)).toBe(true);
    expect(errors).toEqual([]);
  });
});
