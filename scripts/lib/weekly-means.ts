import type { CrossBorderWeek } from "../../src/data/schemas";
import { dayNumber, isoOfDay } from "../../src/lib/event-span";
import { groupBy } from "../../src/lib/group-by";

/** How a weekly series is averaged and described: what it counts, and how its weeks are dated. */
export type WeeklyMean = {
  /** What each week's count is, e.g. "the distinct Korean titles in Japan's Netflix TV top 10". */
  counts: string;
  /** What one week is ("weekly list", "weekly chart") and how its date reads ("weeks ending", "charts dated"). */
  list: string;
  dated: string;
};

export type YearMean = {
  year: number;
  period: "calendar" | "span";
  periodStart: string;
  periodEnd: string;
  value: number;
  inputs: number;
  note: string;
};

const WEEK = 7;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The yearly means of a weekly count, each over the weeks dated in that year. A year the data cover only in part
 * (the first or last year of the series) is a span, never a full year; a week missing inside a year is named.
 */
export function yearlyMeans(rows: CrossBorderWeek[], how: WeeklyMean, label: string): YearMean[] {
  const weeks = rows.map((r) => r.week).sort();
  if (weeks.length === 0) return [];
  const days = weeks.map(dayNumber);
  days.forEach((day, i) => {
    if (i > 0 && day === days[i - 1]) throw new Error(`${label}: week ${weeks[i]} appears twice`);
    if ((day - days[0]) % WEEK !== 0) throw new Error(`${label}: week ${weeks[i]} is not a whole number of weeks after ${weeks[0]}`);
  });
  const [first, last] = [days[0], days.at(-1)!];
  const byYear = groupBy([...rows].sort((a, b) => a.week.localeCompare(b.week)), (r) => Number(r.week.slice(0, 4)));
  return [...byYear.entries()].map(([year, group]) => meanOfYear(year, group, { first, last }, how));
}

function meanOfYear(year: number, group: CrossBorderWeek[], series: { first: number; last: number }, how: WeeklyMean): YearMean {
  const expected = weekDaysOf(year, series.first);
  const [start, end] = [group[0].week, group.at(-1)!.week];
  const cut = [expected[0] < series.first ? `begin on ${start}` : "", expected.at(-1)! > series.last ? `end on ${end}` : ""].filter(Boolean);
  const full = cut.length === 0;
  const present = new Set(group.map((r) => r.week));
  const missing = expected.filter((d) => d >= series.first && d <= series.last).map(isoOfDay).filter((w) => !present.has(w));
  const sum = group.reduce((total, r) => total + r.entries, 0);
  const unknown = group.reduce((total, r) => total + r.unknownEntries, 0);
  const n = group.length;
  const note = [
    `Computed here: the mean over ${plural(n, how.list, `${how.list}s`)} (${how.dated} ${start} to ${end}) of ${how.counts}: ${sum} ÷ ${n}.`,
    full ? "" : `Part of the year only: the data ${cut.join(" and ")}.`,
    missing.length > 0 ? `Missing from the source and left out, not counted as zero: ${missing.join(", ")}.` : "",
    unknown > 0 ? `${plural(unknown, "entry", "entries")} of unknown origin in these weeks, so the mean is a lower bound.` : "",
  ];
  return {
    year, period: full ? "calendar" : "span", periodStart: full ? "" : start, periodEnd: full ? "" : end,
    value: sum / n, inputs: n, note: note.filter(Boolean).join(" "),
  };
}

/** The days of a year on which a weekly series dated from `anchor` (a day number) has a week. */
function weekDaysOf(year: number, anchor: number): number[] {
  const [jan1, dec31] = [dayNumber(`${year}-01-01`), dayNumber(`${year}-12-31`)];
  const days: number[] = [];
  for (let day = anchor + Math.ceil((jan1 - anchor) / WEEK) * WEEK; day <= dec31; day += WEEK) days.push(day);
  return days;
}
