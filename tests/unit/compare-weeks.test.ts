import { describe, expect, it } from "vitest";
import type { CrossBorderWeek } from "../../src/data/schemas";
import { compareWeeks } from "../../src/lib/compare-weeks";
import { weekSentenceFacts } from "../../src/lib/compare-sentence";

const week = (w: string, entries: number, bestRank: number | null, titles: string, over: Partial<CrossBorderWeek> = {}): CrossBorderWeek => ({
  week: w, chart: "Netflix top 10", country: "KR", category: "Films", origin: "JPN", entries, bestRank, titles,
  listSize: 10, unknownEntries: 0, samples: 1, ...over,
});

// Weeks ending on Sundays; 2023-02-19 is missing; the event (Wednesday 2023-03-08) falls in the week ending 2023-03-12.
const films = [
  week("2023-02-12", 1, 5, "A (5)"),
  week("2023-02-26", 0, null, "", { unknownEntries: 1 }),
  week("2023-03-05", 2, 3, "A (3); B (8)"),
  week("2023-03-12", 1, 2, "C (2)"),
  week("2023-03-19", 3, 1, "D (1); A (4); C (6)", { unknownEntries: 2 }),
  week("2023-03-26", 2, 1, "D (1); F (7)"),
  week("2023-04-02", 1, 7, "E (7)"),
];
const tv = [week("2023-03-19", 1, 9, "G (9)", { category: "TV" }), week("2023-03-26", 0, null, "", { category: "TV" })];
const suzume = { date: "2023-03-08" };
const four = { before: 4, after: 4 };

describe("compareWeeks", () => {
  it("averages the weekly lists of each window, skipping the event's week and not counting a missing week", () => {
    const c = compareWeeks(films, suzume, four);
    const [s] = c.series;
    expect(s.eventWeeks).toEqual(["2023-03-12"]);
    expect(s.before).toMatchObject({
      window: { from: "2023-02-12", to: "2023-03-05" }, size: 4, covered: 4, truncated: false,
      weeks: ["2023-02-12", "2023-02-26", "2023-03-05"], missingWeeks: ["2023-02-19"],
      lists: 3, meanEntries: 1, rankedLists: 2, meanBestRank: 4, unknownEntries: 1, thin: false,
    });
    expect(s.after).toMatchObject({
      window: { from: "2023-03-19", to: "2023-04-09" }, size: 4, covered: 3, truncated: true, missingWeeks: [],
      lists: 3, meanEntries: 2, rankedLists: 3, meanBestRank: 3, unknownEntries: 2,
    });
    expect(s.change).toEqual({ entries: { before: 1, after: 2, absolute: 1, relative: 1 }, bestRank: { before: 4, after: 3, absolute: -1, relative: -0.25 } });
    expect(c.dataWeeks).toEqual({ from: "2023-02-12", to: "2023-04-02" });
  });

  it("lists the titles that entered after the event, best rank first, ties by first week", () => {
    const [s] = compareWeeks(films, suzume, four).series;
    expect(s.entered).toEqual([
      { title: "D", weeks: ["2023-03-19", "2023-03-26"], bestRank: 1, inEventWeek: false },
      { title: "C", weeks: ["2023-03-19"], bestRank: 6, inEventWeek: true },
      { title: "F", weeks: ["2023-03-26"], bestRank: 7, inEventWeek: false },
      { title: "E", weeks: ["2023-04-02"], bestRank: 7, inEventWeek: false },
    ]);
  });

  it("says which side has no list, and counts the absent weeks of the list as gaps", () => {
    const c = compareWeeks([...films, ...tv], suzume, four);
    const s = c.series.find((x) => x.category === "TV")!;
    expect(s.missing).toEqual({ side: "before", nearestWeek: null, firstWeek: "2023-03-19", lastWeek: "2023-03-26" });
    expect(s.before).toMatchObject({ lists: 0, meanEntries: null, missingWeeks: ["2023-02-12", "2023-02-19", "2023-02-26", "2023-03-05"] });
    expect(s.change).toEqual({ entries: null, bestRank: null });
    expect(s.entered).toEqual([]);
    expect(c.series.map((x) => x.category)).toEqual(["Films", "TV"]);
  });

  it("gives the week of an event on a chart date to neither window", () => {
    const [s] = compareWeeks(films, { date: "2023-03-05" }, four).series;
    expect(s.eventWeeks).toEqual(["2023-03-05"]);
    expect(s.before.window).toEqual({ from: "2023-02-05", to: "2023-02-26" });
    expect(s.before).toMatchObject({ covered: 3, truncated: true, lists: 2, meanEntries: 0.5 });
    expect(s.after.window).toEqual({ from: "2023-03-12", to: "2023-04-02" });
    expect(s.after).toMatchObject({ lists: 4, meanEntries: 7 / 4 });
  });

  it("reads Monday-starting weeks", () => {
    const monday = [week("2023-05-08", 2, 3, "X (3); Y (9)"), week("2023-05-15", 9, 1, "Z (1)"), week("2023-05-22", 4, 2, "X (2); W (5)")];
    const [s] = compareWeeks(monday, { date: "2023-05-15" }, four, "start").series;
    expect(s.eventWeeks).toEqual(["2023-05-15"]);
    expect([s.before.weeks, s.after.weeks]).toEqual([["2023-05-08"], ["2023-05-22"]]);
    expect([s.before.thin, s.after.thin]).toEqual([true, true]);
    expect(s.entered).toEqual([{ title: "W", weeks: ["2023-05-22"], bestRank: 5, inEventWeek: false }]);
  });

  it("handles an event inside a gap", () => {
    const [s] = compareWeeks(films, { date: "2023-02-15" }, four).series;
    expect(s.eventWeeks).toEqual(["2023-02-19"]);
    expect(s.before).toMatchObject({ covered: 1, truncated: true, lists: 1, meanEntries: 1, thin: true });
    expect(s.after).toMatchObject({ weeks: ["2023-02-26", "2023-03-05", "2023-03-12", "2023-03-19"], meanEntries: 1.5 });
  });

  it("spans every week a period touches", () => {
    const [s] = compareWeeks(films, { date: "2023-03-08", endDate: "2023-03-20" }, four).series;
    expect(s.eventWeeks).toEqual(["2023-03-12", "2023-03-19", "2023-03-26"]);
    expect(s.after).toMatchObject({ weeks: ["2023-04-02"], covered: 1, meanEntries: 1 });
  });

  it("finds nothing for an event outside the data", () => {
    const early = compareWeeks(films, { date: "2021-01-01" }, four);
    expect([early.position, early.series]).toEqual(["before-data", []]);
    const late = compareWeeks(films, { date: "2024" }, four);
    expect([late.position, late.series]).toEqual(["after-data", []]);
    expect(compareWeeks([], suzume, four)).toMatchObject({ position: "no-data", dataWeeks: null, series: [] });
  });

  it("gives the numbers of a summary sentence", () => {
    const c = compareWeeks(films, suzume, four);
    expect(weekSentenceFacts(c, c.series[0], "entries")).toEqual({
      event: c.event, unit: "weeks",
      before: { size: 4, covered: 4, value: 1, n: 3, thin: false },
      after: { size: 4, covered: 3, value: 2, n: 3, thin: false },
      change: { before: 1, after: 2, absolute: 1, relative: 1 },
    });
    expect(weekSentenceFacts(c, c.series[0], "bestRank")?.before).toEqual({ size: 4, covered: 4, value: 4, n: 2, thin: true });
  });
});
