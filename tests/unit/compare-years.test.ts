import { describe, expect, it } from "vitest";
import type { ObservationRow } from "../../src/data/schemas";
import { compareYears } from "../../src/lib/compare-years";
import { yearSentenceFacts } from "../../src/lib/compare-sentence";

const base: ObservationRow = {
  year: 2000, period: "calendar", periodStart: "", periodEnd: "", indicator: "export_value", reporter: "KOR", partner: "JPN", direction: "KOR-JPN",
  sector: "music", measure: "kocca-survey", status: "final", value: 0, unit: "USD_million", basis: "reported", note: "", quality: "", sourceVia: "",
  sourceId: "s1", sourcePublisher: "KOCCA", sourceTitle: "Survey", sourceDate: "2010", sourceUrl: "https://example.org/s1", quote: "",
};
const row = (year: number | null, value: number, over: Partial<ObservationRow> = {}): ObservationRow => ({ ...base, year, value, ...over });

// One statistic, music: 1999–2001 before a 2002 event, 2003–2004 after, 2006 beyond a 3-year window.
const music = [row(1999, 10), row(2000, 20), row(2001, 30), row(2002, 1000), row(2003, 40), row(2004, 50), row(2006, 60)];
const worldCup = { date: "2002-05-31", endDate: "2002-06-30" };

describe("compareYears", () => {
  it("averages each window of one statistic, leaving the event's year out", () => {
    const c = compareYears(music, worldCup, { before: 3, after: 3 });
    expect(c.windows).toEqual({ before: { from: 1999, to: 2001 }, after: { from: 2003, to: 2005 } });
    expect(c.eventYears).toEqual({ from: 2002, to: 2002 });
    const [s] = c.series;
    expect(s.before).toMatchObject({ n: 3, mean: 20, thin: false, truncated: false, disputedYears: [] });
    expect(s.before.figures.map((f) => f.year)).toEqual([1999, 2000, 2001]);
    expect(s.after).toMatchObject({ n: 2, mean: 45, thin: true });
    expect(s.change).toEqual({ before: 20, after: 45, absolute: 25, relative: 1.25 });
    expect(s.missing).toBeNull();
  });

  it("gives a period's years to neither window", () => {
    const c = compareYears(music, { date: "2000-10-20", endDate: "2003-01-01" }, { before: 1, after: 1 });
    expect(c.windows).toEqual({ before: { from: 1999, to: 1999 }, after: { from: 2004, to: 2004 } });
    expect(c.series[0].change).toEqual({ before: 10, after: 50, absolute: 40, relative: 4 });
  });

  it("says a window is truncated where it runs past the data", () => {
    const [s] = compareYears(music, worldCup, { before: 5, after: 5 }).series;
    expect(s.before).toMatchObject({ window: { from: 1997, to: 2001 }, covered: { from: 1999, to: 2001 }, truncated: true, n: 3 });
    expect(s.after).toMatchObject({ window: { from: 2003, to: 2007 }, covered: { from: 2003, to: 2006 }, truncated: true, n: 3, mean: 50 });
  });

  it("never pairs figures cited by different publications", () => {
    const cited = [row(2000, 5, { measure: "source:a", sourceId: "a" }), row(2004, 9, { measure: "source:b", sourceId: "b" })];
    const c = compareYears(cited, worldCup, { before: 3, after: 3 });
    expect(c.series.map((s) => s.change)).toEqual([null, null]);
    expect(c.series.map((s) => s.missing)).toEqual([
      { side: "after", nearestYear: null, firstYear: 2000, lastYear: 2000 },
      { side: "before", nearestYear: null, firstYear: 2004, lastYear: 2004 },
    ]);
  });

  it("keeps final and preliminary figures apart and skips part-year figures", () => {
    const rows = [...music, row(2004, 500, { status: "preliminary" }), row(2001, 999, { period: "h1" })];
    const c = compareYears(rows, worldCup, { before: 3, after: 3 });
    expect(c.series.map((s) => [s.row.status, s.before.mean, s.after.mean])).toEqual([["final", 20, 45], ["preliminary", null, 500]]);
    expect(c.series[1].missing).toEqual({ side: "before", nearestYear: null, firstYear: 2004, lastYear: 2004 });
  });

  it("counts agreeing figures of one year once and leaves a disagreeing year out", () => {
    const film = { sector: "film" };
    const rows = [
      row(2000, 7, { ...film, sourceId: "x" }), row(2000, 8, { ...film, sourceId: "y" }), row(2001, 6, { ...film, sourceId: "x" }),
      row(2003, 4, { ...film, sourceId: "x" }), row(2003, 4, { ...film, sourceId: "y" }),
    ];
    const [s] = compareYears(rows, worldCup, { before: 3, after: 3 }).series;
    expect(s.before).toMatchObject({ n: 1, mean: 6, disputedYears: [2000], thin: true, sourceIds: ["x"] });
    expect(s.after).toMatchObject({ n: 1, mean: 4, sourceIds: ["x", "y"] });
    expect(s.after.figures[0].rows).toHaveLength(2);
    expect(s.change?.absolute).toBe(-2);
    expect(s.change?.relative).toBeCloseTo(-1 / 3, 10);
  });

  it("handles an event in a gap of the series", () => {
    const rows = [row(1999, 1), row(2000, 2), row(2004, 6), row(2005, 8)];
    const [s] = compareYears(rows, { date: "2002" }, { before: 2, after: 2 }).series;
    expect(s.before.figures.map((f) => f.year)).toEqual([2000]);
    expect(s.after.figures.map((f) => f.year)).toEqual([2004]);
    expect(s.change).toEqual({ before: 2, after: 6, absolute: 4, relative: 2 });
  });

  it("names the nearest figure beyond a window with none", () => {
    const rows = [row(1990, 3), row(2003, 4)];
    const [s] = compareYears(rows, worldCup, { before: 3, after: 3 }).series;
    expect(s.missing).toEqual({ side: "before", nearestYear: 1990, firstYear: 1990, lastYear: 2003 });
  });

  it("gives no relative change on a negative base", () => {
    const rows = [row(2001, -10, { indicator: "trade_balance" }), row(2003, -5, { indicator: "trade_balance" })];
    expect(compareYears(rows, worldCup, { before: 1, after: 1 }).series[0].change).toEqual({ before: -10, after: -5, absolute: 5, relative: null });
  });

  it("finds nothing for an event outside the data", () => {
    const late = compareYears(music, { date: "2015-04-01" }, { before: 3, after: 3 });
    expect([late.position, late.series]).toEqual(["after-data", []]);
    const early = compareYears(music, { date: "1965-06-22" }, { before: 3, after: 3 });
    expect([early.position, early.series]).toEqual(["before-data", []]);
    expect(compareYears([], worldCup, { before: 3, after: 3 })).toMatchObject({ position: "no-data", dataYears: null, series: [] });
    expect(compareYears(music, worldCup, { before: 3, after: 3 }).position).toBe("inside");
  });

  it("clamps window sizes it is given", () => {
    expect(compareYears(music, worldCup, { before: 0, after: 40 }).windows).toEqual({ before: { from: 2001, to: 2001 }, after: { from: 2003, to: 2007 } });
  });

  it("gives the numbers of a summary sentence", () => {
    const c = compareYears(music, worldCup, { before: 3, after: 5 });
    expect(yearSentenceFacts(c, c.series[0])).toEqual({
      event: c.event, unit: "years",
      before: { size: 3, covered: 3, value: 20, n: 3, thin: false },
      after: { size: 5, covered: 4, value: 50, n: 3, thin: false },
      change: { before: 20, after: 50, absolute: 30, relative: 1.5 },
    });
    const oneSided = compareYears([row(2000, 1)], worldCup, { before: 3, after: 3 });
    expect(yearSentenceFacts(oneSided, oneSided.series[0])).toBeNull();
  });
});
