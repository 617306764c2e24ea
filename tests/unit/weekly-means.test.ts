import { describe, expect, it } from "vitest";
import type { CrossBorderWeek } from "../../src/data/schemas";
import { yearlyMeans } from "../../scripts/lib/weekly-means";

const HOW = { counts: "the test counts", list: "weekly chart", dated: "charts dated" };
const DAY = 86_400_000;

/** Weekly rows every 7 days from `first` to `last` (ISO dates), counts from a function of the week's index. */
function weeks(first: string, last: string, entries: (i: number) => number, skip: string[] = []): CrossBorderWeek[] {
  const rows: CrossBorderWeek[] = [];
  for (let t = Date.parse(first), i = 0; t <= Date.parse(last); t += 7 * DAY, i++) {
    const week = new Date(t).toISOString().slice(0, 10);
    if (skip.includes(week)) continue;
    rows.push({ week, chart: "C", country: "JP", category: "Hot 100", origin: "KOR", entries: entries(i), slots: entries(i), bestRank: null, titles: "", listSize: 100, unknownEntries: i % 5 === 0 ? 1 : 0, samples: 1 });
  }
  return rows;
}

const meanOf = (rows: CrossBorderWeek[], year: number) => {
  const own = rows.filter((r) => r.week.startsWith(`${year}-`));
  return { n: own.length, sum: own.reduce((s, r) => s + r.entries, 0), unknown: own.reduce((s, r) => s + r.unknownEntries, 0) };
};

describe(yearlyMeans, () => {
  // Mondays from the first of 2020 to late March 2022; one week of 2021 missing.
  const rows = weeks("2020-01-06", "2022-03-28", (i) => i % 3, ["2021-05-10"]);
  const means = yearlyMeans(rows, HOW, "test");

  it("averages each year's weeks, a full year when the series covers it and a span where it begins or ends inside it", () => {
    expect(means.map((m) => [m.year, m.period, m.periodStart, m.periodEnd, m.inputs])).toEqual([
      [2020, "calendar", "", "", 52], [2021, "calendar", "", "", 51], [2022, "span", "2022-01-03", "2022-03-28", 13],
    ]);
    for (const m of means) expect(m.value).toBe(meanOf(rows, m.year).sum / meanOf(rows, m.year).n);
  });

  it("states the computation, the weeks missing inside a year and the entries of unknown origin", () => {
    const y2021 = meanOf(rows, 2021);
    expect(means[1].note).toBe(
      `Computed here: the mean over 51 weekly charts (charts dated 2021-01-04 to 2021-12-27) of the test counts: ${y2021.sum} ÷ 51. ` +
        `Missing from the source and left out, not counted as zero: 2021-05-10. ${y2021.unknown} entries of unknown origin in these weeks, so the mean is a lower bound.`,
    );
    expect(means[2].note).toContain("Part of the year only: the data end on 2022-03-28.");
    expect(means[0].note).not.toContain("Missing");
  });

  it("makes a year a span when the series begins after its first week, however few weeks are missing", () => {
    const late = yearlyMeans(weeks("2008-01-21", "2009-12-28", () => 1), HOW, "test");
    expect(late.map((m) => [m.year, m.period, m.periodStart, m.note.includes("begin on 2008-01-21")])).toEqual([[2008, "span", "2008-01-21", true], [2009, "calendar", "", false]]);
  });

  it("gives no year for no weeks, and stops at a repeated week or one off the weekly rhythm", () => {
    expect(yearlyMeans([], HOW, "test")).toEqual([]);
    const base = weeks("2020-01-06", "2020-02-03", () => 1);
    expect(() => yearlyMeans([...base, base[2]], HOW, "card TV")).toThrow("card TV: week 2020-01-20 appears twice");
    expect(() => yearlyMeans([...base, { ...base[0], week: "2020-02-05" }], HOW, "card TV")).toThrow("card TV: week 2020-02-05 is not a whole number of weeks after 2020-01-06");
  });
});
