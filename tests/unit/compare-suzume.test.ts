import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { parseCsv } from "../../src/data/parse-csv";
import { crossBorderWeekSchema, eventRowSchema } from "../../src/data/schemas";
import { compareWeeks } from "../../src/lib/compare-weeks";

const read = (file: string) => readFileSync(resolve(process.cwd(), file), "utf8");
const events = parseCsv(read("data/curated/events.csv"), z.pick(eventRowSchema, { date: true, endDate: true, label: true }), "events.csv");
const weeks = parseCsv(read("data/netflix-cross-border.csv"), crossBorderWeekSchema, "netflix-cross-border.csv");

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const average = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const expectMean = (actual: number | null, xs: number[]) => {
  const expected = average(xs);
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 12);
};

describe("Suzume's release against Korea's Netflix top 10", () => {
  const suzume = events.find((e) => e.label === "Suzume")!;
  // Netflix names a list by the Sunday ending its week; the week holding the release is left out of both windows.
  const released = Date.parse(`${suzume.date}T00:00:00Z`);
  const sunday = released + ((7 - new Date(released).getUTCDay()) % 7) * DAY;
  const before = new Set(Array.from({ length: 12 }, (_, k) => iso(sunday - 7 * (k + 1) * DAY)));
  const after = new Set(Array.from({ length: 12 }, (_, k) => iso(sunday + 7 * (k + 1) * DAY)));
  const comparison = compareWeeks(weeks, suzume, { before: 12, after: 12 });

  for (const category of ["Films", "TV"]) {
    it(`gives the means that the CSV gives for Japanese ${category} in Korea`, () => {
      const rows = weeks.filter((r) => r.country === "KR" && r.category === category && r.origin === "JPN");
      const inBefore = rows.filter((r) => before.has(r.week));
      const inAfter = rows.filter((r) => after.has(r.week));
      const ranks = (xs: typeof rows) => xs.flatMap((r) => (r.bestRank === null ? [] : [r.bestRank]));
      const s = comparison.series.find((x) => x.country === "KR" && x.category === category && x.origin === "JPN")!;
      expect(suzume.date).toBe("2023-03-08");
      expect([inBefore.length, inAfter.length]).toEqual([12, 12]);
      expect([s.before.lists, s.after.lists]).toEqual([inBefore.length, inAfter.length]);
      expectMean(s.before.meanEntries, inBefore.map((r) => r.entries));
      expectMean(s.after.meanEntries, inAfter.map((r) => r.entries));
      expectMean(s.before.meanBestRank, ranks(inBefore));
      expectMean(s.after.meanBestRank, ranks(inAfter));
      const titles = (xs: typeof rows) => new Set(xs.flatMap((r) => (r.titles ? r.titles.split("; ").map((t) => t.replace(/ \(\d+\)$/, "")) : [])));
      const earlier = titles(inBefore);
      expect(s.entered.map((t) => t.title).sort()).toEqual([...titles(inAfter)].filter((t) => !earlier.has(t)).sort());
    });
  }
});
