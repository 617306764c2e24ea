import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatWeekTick, rankListSize, rankTicks, valueAxis, weekTicks, yearTicks } from "../../src/lib/ticks";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const labels = (ticks: number[]) => ticks.map((t) => formatWeekTick(t));

describe(yearTicks, () => {
  it("gives every year of a short range and every few years of a long one", () => {
    expect(yearTicks([2014.5, 2022.5])).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(yearTicks([1997.5, 2026.5])).toEqual([1998, 2002, 2006, 2010, 2014, 2018, 2022, 2026]);
  });
});

describe(weekTicks, () => {
  it("ticks on 1 January of each year over several years", () => {
    expect(labels(weekTicks([day("2021-07-04"), day("2025-09-28")]))).toEqual(["2022", "2023", "2024", "2025"]);
  });

  it("thins the years of a long span to at most eight round ones", () => {
    const ticks = labels(weekTicks([day("2008-01-21"), day("2025-12-29")]));
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks).toEqual(["2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024"]);
  });

  it("on a narrow chart, takes the smallest round step whose ticks fit", () => {
    expect(labels(weekTicks([day("2021-01-04"), day("2026-11-30")], 3))).toEqual(["2022", "2024", "2026"]);
    expect(labels(weekTicks([day("2021-01-04"), day("2026-11-30")], 2))).toEqual(["2025"]);
  });

  it("ticks on quarters within a year or two", () => {
    expect(labels(weekTicks([day("2023-05-15"), day("2024-06-30")]))).toEqual(["Jul", "Oct", "2024", "Apr"]);
    expect(labels(weekTicks([day("2020-01-06"), day("2020-12-28")]))).toEqual(["Apr", "Jul", "Oct"]);
  });
});

describe(rankTicks, () => {
  it("gives round ranks for each list size", () => {
    expect(rankTicks(10)).toEqual([1, 3, 5, 7, 10]);
    expect(rankTicks(50)).toEqual([1, 10, 20, 30, 40, 50]);
    expect(rankTicks(100)).toEqual([1, 20, 40, 60, 80, 100]);
  });

  it("reads the list size from the worst rank seen", () => {
    expect([rankListSize(7), rankListSize(10), rankListSize(44), rankListSize(51), rankListSize(99)]).toEqual([10, 10, 50, 100, 100]);
  });
});

describe(valueAxis, () => {
  it("runs from zero to a round number past the highest value, in even steps", () => {
    expect(valueAxis([3, 14.2, 9], 5)).toEqual({ domain: [0, 20], ticks: [0, 5, 10, 15, 20] });
    expect(valueAxis([3, 14.2, 9], 8)).toEqual({ domain: [0, 16], ticks: [0, 2, 4, 6, 8, 10, 12, 14, 16] });
    expect(valueAxis([120, 480], 5)).toEqual({ domain: [0, 500], ticks: [0, 100, 200, 300, 400, 500] });
    expect(valueAxis([-2.5, 4], 4)).toEqual({ domain: [-4, 4], ticks: [-4, -2, 0, 2, 4] });
  });

  it("gives counts whole-number ticks and an axis with nothing on it a range of one", () => {
    expect(valueAxis([0, 1, 3], 5, true).ticks).toEqual([0, 1, 2, 3]);
    expect(valueAxis([], 5)).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });

  it("holds every value, with ticks evenly spaced from one end of the axis to the other", () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e6, max: 1e9, noNaN: true }).map((v) => (Math.abs(v) < 1e-6 ? 0 : v)), { maxLength: 50 }), fc.integer({ min: 2, max: 8 }), (values, count) => {
      const { domain: [start, stop], ticks } = valueAxis(values, count);
      expect(values.every((v) => v >= start && v <= stop)).toBe(true);
      expect(ticks[0] === start && ticks.at(-1) === stop).toBe(true);
      const steps = ticks.slice(1).map((t, i) => t - ticks[i]);
      expect(steps.every((s) => Math.abs(s - steps[0]) <= 1e-9 * Math.max(1, Math.abs(stop - start)))).toBe(true);
    }));
  });
});
