import { describe, expect, it } from "vitest";
import type { OverviewRow } from "../../src/data/schemas";
import { cardRows, changeOver, selectOverview, selectOverviewCard, selectSeries } from "../../src/lib/overview";

const BASE: OverviewRow = {
  card: "game-share", series: "game-white-paper", year: 2010, period: "calendar", periodStart: "", periodEnd: "", value: 1,
  unit: "percent", status: "final", quality: "", basis: "reported", inputs: null, dataset: "export-share", note: "",
  sourceId: "a", sourcePublisher: "Publisher", sourceTitle: "Title", sourceDate: "2011", sourceVia: "", sourceUrl: "https://example.com/a",
};
const row = (over: Partial<OverviewRow>): OverviewRow => ({ ...BASE, ...over });
const series = (rows: OverviewRow[]) => selectSeries(rows)!;

describe(selectSeries, () => {
  it("counts figures of a year that agree once, with every row; a year whose figures disagree stays out of the numbers", () => {
    const s = series([row({ value: 277.3 }), row({ value: 277.29, sourceId: "b" }), row({ year: 2011, value: 5 }), row({ year: 2011, value: 6, sourceId: "b" })]);
    expect(s.points.map((p) => [p.year, p.value, p.values, p.rows.length])).toEqual([[2010, 277.29, [277.29], 2], [2011, null, [5, 6], 2]]);
    expect(s.disputedYears).toEqual([2011]);
    expect([s.first?.year, s.last?.year, s.latest?.year, s.change]).toEqual([2010, 2010, 2010, null]);
  });

  it("leaves a gap a gap: the missing year is named and no change runs across it", () => {
    const s = series([row({ value: 4 }), row({ year: 2012, value: 6 })]);
    expect([s.points.length, s.missingYears, s.change]).toEqual([2, [2011], null]);
    const over = changeOver(s, 2010, 2012)!;
    expect([over.from.year, over.to.year, over.absolute, over.relative]).toEqual([2010, 2012, 2, 0.5]);
    expect(changeOver(s, 2010, 2011)).toBeNull();
  });

  it("gives a part-year figure as the latest value but compares and sums up only full years", () => {
    const s = series([row({ value: 2 }), row({ year: 2011, value: 4 }), row({ year: 2012, period: "span", periodStart: "2012-01-02", periodEnd: "2012-06-25", value: 3 })]);
    expect([s.latest?.year, s.latest?.period, s.latest?.value]).toEqual([2012, "span", 3]);
    expect([s.first?.year, s.last?.year]).toEqual([2010, 2011]);
    expect([s.change?.from.year, s.change?.to.year, s.change?.absolute, s.change?.relative]).toEqual([2010, 2011, 2, 1]);
    expect(changeOver(s, 2011, 2012)).toBeNull();
  });

  it("states a change in the figures' own decimals, and no relative change from zero", () => {
    expect(series([row({ value: 63.1 }), row({ year: 2011, value: 53.9 })]).change?.absolute).toBe(-9.2);
    const fromZero = series([row({ value: 0 }), row({ year: 2011, value: 1.5 })]).change!;
    expect([fromZero.absolute, fromZero.relative]).toEqual([1.5, null]);
  });
});

describe(selectOverviewCard, () => {
  const events = (rows: OverviewRow[]) => selectOverviewCard(rows, "game-share")?.events.map((e) => e.id);

  it("marks the key events only where the card's days include them", () => {
    expect(events([row({ year: 2002 }), row({ year: 2003 })])).toEqual(["world-cup-2002"]);
    expect(events([row({ year: 2003 })])).toEqual([]);
    expect(events([row({ year: 1997, period: "fiscal" })])).toEqual([]);
    expect(events([row({ year: 1998, period: "fiscal" }), row({ year: 2002 })])).toEqual(["kim-obuchi-declaration", "opening-stage-1", "world-cup-2002"]);
    expect(events([row({ year: 2002, period: "span", periodStart: "2002-07-01", periodEnd: "2002-12-30" })])).toEqual([]);
  });

  it("spans the card from the first day of its first figure to the last day of its last, over all its series", () => {
    const rows = [
      row({ card: "netflix-korean-in-japan", series: "TV", year: 2021, period: "span", periodStart: "2021-07-04", periodEnd: "2021-12-26" }),
      row({ card: "netflix-korean-in-japan", series: "Films", year: 2022 }),
    ];
    const card = selectOverviewCard(rows, "netflix-korean-in-japan")!;
    expect([card.range, card.series.map((s) => s.series)]).toEqual([{ start: "2021-07-04", end: "2022-12-31" }, ["TV", "Films"]]);
    expect(cardRows(card)).toEqual([rows[0], rows[1]]);
    expect(card.link).toEqual({ view: "charts", chart: "netflix", country: "JP", cat: "all" });
  });

  it("leaves out a card without rows, and rows of a series the card does not have", () => {
    expect(selectOverviewCard([row({})], "music-exports")).toBeNull();
    expect(selectOverview([row({}), row({ series: "other" })]).map((c) => [c.id, c.series.length])).toEqual([["game-share", 1]]);
  });
});
