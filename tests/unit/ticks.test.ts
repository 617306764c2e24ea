import { describe, expect, it } from "vitest";
import { formatWeekTick, rankListSize, rankTicks, weekTicks, yearTicks } from "../../src/lib/ticks";

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
