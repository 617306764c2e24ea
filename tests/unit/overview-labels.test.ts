import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitName } from "../../src/features/overview/overview-text";
import { activateLanguage, loadExtra, t } from "../../src/i18n/i18n";
import { OVERVIEW_EVENTS } from "../../src/lib/overview-cards";
import { readCells } from "../helpers/overview-sources";

const COLUMN = { en: "label", ko: "labelKo", ja: "labelJa" } as const;
const slug = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

beforeAll(() => loadExtra("overview", "en"));

/** The overview reads neither events.csv nor labels.csv: its catalogue names must be theirs. */
describe.each(Object.entries(COLUMN))("the overview's names in %s", (lang, column) => {
  afterAll(() => activateLanguage("en"));

  it("name the key events as the timeline does", async () => {
    await activateLanguage(lang as keyof typeof COLUMN);
    const events = readCells("curated/events.csv");
    for (const e of OVERVIEW_EVENTS) {
      const row = events.find((r) => slug(r.label) === e.id)!;
      expect(t(`overviewEvents.${e.id as "world-cup-2002"}`)).toBe(row[column]);
    }
  });

  it("name the units the labels table names, and every unit of the overview", async () => {
    await activateLanguage(lang as keyof typeof COLUMN);
    const labels = readCells("curated/labels.csv").filter((r) => r.kind === "unit");
    for (const unit of new Set(readCells("overview.csv").map((r) => r.unit))) {
      expect(unitName(unit), unit).not.toBe(unit);
      const row = labels.find((r) => r.key === unit);
      if (row) expect(unitName(unit)).toBe(row[column]);
    }
  });
});
