import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { BASE_URL, chartDrawn, openPage } from "./page";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const VIEWS = [
  ["trade", "?view=trade"],
  ["market", "?view=market"],
  ["share", "?view=share"],
  ["netflix", "?view=charts&chart=netflix&week=2023-03-12"],
  ["global", "?view=charts&chart=global"],
  ["spotify", "?view=charts&chart=spotify"],
  ["hot100", "?view=charts&chart=hot100"],
  ["boxoffice", "?view=charts&chart=boxoffice"],
  ["flixpatrol", "?view=charts&chart=flixpatrol"],
  ["trade as tables", "?view=trade&table=1"],
] as const;
const THEMES = ["light", "dark"] as const;

/** Every axe-core rule that applies, best practices included (landmark-unique among them), as "rule: target" lines. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  });
  return found;
}

describe.each(THEMES)("axe-core in the %s theme", (colorScheme) => {
  it.each(VIEWS)("%s: no violations", async (_, search) => {
    const { page, errors } = await openPage(1280, 900, "en-US", { colorScheme, bypassCSP: true });
    await page.goto(`${BASE_URL()}/${search}`);
    if (!search.includes("table=1")) await chartDrawn(page);
    else await page.getByRole("table").first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll(".chart-pending").length === 0, undefined, { timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
