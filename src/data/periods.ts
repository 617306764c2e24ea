/**
 * What span of time a figure covers. A full calendar or fiscal year can sit on a yearly axis; every other
 * period (part of a year, a running total, a count at one moment, or a span the source does not state)
 * is listed beside the chart instead.
 */
export const PERIODS = [
  "calendar", // the calendar year `year`
  "fiscal", // the reporter's fiscal year `year` (Japan's 年度: April of `year` to March of the next)
  "h1", "h2", // half of the calendar year
  "q1", "q2", "q3", "q4", // quarter of the calendar year
  "span", // a stated run of dates, periodStart to periodEnd (e.g. January to May, or a ranking year)
  "to-date", // a running total up to periodEnd (since release, or since the start of `year`)
  "snapshot", // a count at the moment periodEnd
  "unknown", // the source does not say what span the figure covers
] as const;
export type Period = (typeof PERIODS)[number];

/** Periods that carry their dates in periodStart / periodEnd; the others are defined by year and kind alone. */
const DATED: Record<Period, { start: boolean; end: boolean }> = {
  calendar: { start: false, end: false },
  fiscal: { start: false, end: false },
  h1: { start: false, end: false },
  h2: { start: false, end: false },
  q1: { start: false, end: false },
  q2: { start: false, end: false },
  q3: { start: false, end: false },
  q4: { start: false, end: false },
  span: { start: true, end: true },
  "to-date": { start: false, end: true },
  snapshot: { start: false, end: true },
  unknown: { start: false, end: false },
};

type Dated = { year: number | null; period: Period; periodStart: string; periodEnd: string };

/** Why a figure's period fields do not fit together, or null when they do. */
export function periodProblem(r: Dated): { column: "periodStart" | "periodEnd"; message: string } | null {
  const needs = DATED[r.period];
  if (needs.start !== (r.periodStart !== "")) {
    return { column: "periodStart", message: needs.start ? `a ${r.period} period needs a start date` : `a ${r.period} period takes no start date` };
  }
  if (needs.end !== (r.periodEnd !== "")) {
    return { column: "periodEnd", message: needs.end ? `a ${r.period} period needs the date it runs to` : `a ${r.period} period takes no end date` };
  }
  if (r.periodStart !== "" && r.periodStart > r.periodEnd) return { column: "periodStart", message: "the start is after the end" };
  const endYear = r.periodEnd === "" ? null : Number(r.periodEnd.slice(0, 4));
  if (endYear !== null && r.year !== null && endYear < r.year) return { column: "periodEnd", message: `the end is before ${r.year}` };
  if (r.period === "snapshot" && endYear !== null && r.year !== null && endYear !== r.year) {
    return { column: "periodEnd", message: `a snapshot of ${r.year} must be dated in ${r.year}` };
  }
  return null;
}

/** A full year, calendar or fiscal, that can be drawn on a yearly axis. */
export const isFullYear = (period: Period) => period === "calendar" || period === "fiscal";
