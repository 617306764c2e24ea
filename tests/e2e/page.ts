import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, inject } from "vitest";

export const BASE_URL = () => inject("baseUrl");

let browser: Browser | undefined;
afterAll(async () => browser?.close());

type Options = { colorScheme?: "light" | "dark"; bypassCSP?: boolean };

/**
 * A fresh page in the shared Chromium that records every page error and console error; `locale` is the browser's
 * language, `colorScheme` the theme it asks for, `bypassCSP` lets a test inject a script (axe-core).
 */
export async function openPage(width = 1280, height = 900, locale = "en-US", options: Options = {}): Promise<{ page: Page; errors: string[] }> {
  browser ??= await chromium.connect(inject("wsEndpoint"));
  const context = await browser.newContext({ viewport: { width, height }, locale, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return { page, errors };
}

/** Wait until a chart has drawn data: a point, or a line with at least one segment. */
export async function chartDrawn(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelectorAll(".series-marks circle, .series-marks path").length > 0 ||
      [...document.querySelectorAll(".recharts-line-curve")].some((path) => (path.getAttribute("d") ?? "").includes("L")),
    undefined,
    { timeout: 15_000 },
  );
}

/** Wait until every chart of the page has drawn: charts below the first draw in turn, and the page's height settles. */
export async function allChartsDrawn(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll(".chart-pending").length === 0, undefined, { timeout: 20_000 });
}

/** Switch a chart card to its table, as a reader does, and wait until the table is there (its code loads on first use). */
export async function showTable(card: Locator) {
  await card.getByRole("button", { name: "Show table" }).click();
  await card.getByRole("table").waitFor();
}
