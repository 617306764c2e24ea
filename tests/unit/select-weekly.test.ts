import { describe, expect, it } from "vitest";
import type { CrossBorderWeek } from "../../src/data/schemas";
import { nearestWeek, selectWeeks, weeklyChartRows } from "../../src/features/charts/select-weekly";

const week = (w: string, category: string, entries: number, bestRank: number | null, country = "JP"): CrossBorderWeek => ({
  week: w, chart: "Netflix top 10", country, category, origin: "KOR", entries, slots: entries, bestRank, titles: "", listSize: 10, unknownEntries: 0, samples: 1,
});

const rows = [week("2022-12-25", "TV", 3, 1), week("2023-01-01", "TV", 2, 4), week("2023-01-01", "Films", 0, null), week("2023-01-01", "TV", 5, 2, "KR")];

describe("weekly selectors", () => {
  it("filter by country, list and years", () => {
    expect(selectWeeks(rows, { country: "JP", categories: ["TV"], from: 2023, to: 2023 })).toEqual([rows[1]]);
  });

  it("lay out one row per week with a column per list and origin", () => {
    const { entries, ranks, keys } = weeklyChartRows(selectWeeks(rows, { country: "JP", categories: ["TV", "Films"], from: 2022, to: 2023 }));
    expect(keys).toEqual(["Films|KOR", "TV|KOR"]);
    expect(entries.map((r) => r["TV|KOR"])).toEqual([3, 2]);
    expect(ranks[1]).toMatchObject({ "Films|KOR": null, "TV|KOR": 4 });
  });

  it("leave a missing week empty so that no line crosses it", () => {
    const gap = weeklyChartRows([week("2009-01-05", "Hot 100", 2, 5), week("2009-01-19", "Hot 100", 3, 4)]);
    expect(gap.entries).toEqual([{ x: Date.UTC(2009, 0, 5), "Hot 100|KOR": 2 }, { x: Date.UTC(2009, 0, 12) }, { x: Date.UTC(2009, 0, 19), "Hot 100|KOR": 3 }]);
  });

  it("find the chart week nearest a clicked moment", () => {
    expect(nearestWeek(["2023-01-01", "2023-01-08"], Date.UTC(2023, 0, 6))).toBe("2023-01-08");
    expect(nearestWeek([], 0)).toBeUndefined();
  });
});
