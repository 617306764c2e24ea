import { describe, expect, it } from "vitest";
import { lastValue, usedMarks, type ChartLine } from "../../src/charts/marks";

const line = (key: string, extra: Partial<ChartLine> = {}): ChartLine => ({ key, label: key, identity: { facet: "origin", value: "KOR" }, ...extra });
const rows = [{ x: 2010, a: 1, b: 5 }, { x: 2011, a: 2 }, { x: 2012, b: 6 }, { x: 2013, a: 4, "c~0": 3, "c~1": 5 }];

describe(usedMarks, () => {
  it("names a line for consecutive figures and a dot for a lone one", () => {
    expect(usedMarks([line("a")], rows)).toEqual(["line", "dot"]);
    expect(usedMarks([line("b")], rows)).toEqual(["dot"]);
  });

  it("adds computed, estimate, cited and disagreeing marks only where the chart draws them", () => {
    expect(usedMarks([line("a", { hollow: true, dashed: true })], rows)).toEqual(["line", "dot", "computed", "estimate"]);
    expect(usedMarks([line("b", { pointsOnly: true })], rows)).toEqual(["cited"]);
    expect(usedMarks([line("a"), line("c")], rows, { c: 2 })).toEqual(["line", "dot", "disagree"]);
    expect(usedMarks([line("z", { hollow: true })], rows)).toEqual([]);
  });

  it("names one mark per week for weekly points", () => {
    expect(usedMarks([line("a", { points: true })], rows)).toEqual(["week"]);
  });
});

describe(lastValue, () => {
  it("gives the last value of a series, or the middle of disagreeing figures at its end", () => {
    expect(lastValue(rows, "a")).toBe(4);
    expect(lastValue(rows, "b")).toBe(6);
    expect(lastValue(rows, "c", 2)).toBe(4);
    expect(lastValue(rows, "z")).toBeUndefined();
  });
});
