import type { ObservationRow } from "../data/schemas";
import { changeBetween, isThin, mean, parseWindow, positionOf, type Change, type DataPosition, type WindowSizes } from "./compare-windows";
import { eventSpan, type EventDates, type EventSpan } from "./event-span";
import { groupBy } from "./group-by";
import { isYearly } from "./observation-series";

export type YearWindow = { from: number; to: number };
/** The figures of one year that agree on a value, with every row that gives it. */
export type YearFigure = { year: number; value: number; rows: ObservationRow[] };

export type YearSide = {
  /** The years asked for. */
  window: YearWindow;
  /** The part of the window inside the data's years; null when the window lies wholly outside. */
  covered: YearWindow | null;
  truncated: boolean;
  figures: YearFigure[];
  /** Years in the window whose figures disagree: left out, never averaged. */
  disputedYears: number[];
  n: number;
  mean: number | null;
  thin: boolean;
  sourceIds: string[];
};

/** A side without a figure: the series' nearest figure beyond the window on that side, and its first and last years. */
export type MissingSide = { side: "before" | "after"; nearestYear: number | null; firstYear: number; lastYear: number };

export type YearSeriesComparison = {
  key: string;
  /** The series' first row, for its labels. */
  row: ObservationRow;
  before: YearSide;
  after: YearSide;
  change: Change | null;
  missing: MissingSide | null;
};

export type YearComparison = {
  event: EventSpan;
  sizes: WindowSizes;
  windows: { before: YearWindow; after: YearWindow };
  /** The years the event falls in: they belong to neither window. */
  eventYears: YearWindow;
  dataYears: YearWindow | null;
  position: DataPosition;
  /** Series with figures on both sides first, then one-sided ones, each in key order. */
  series: YearSeriesComparison[];
};

/** One statistic from one producer: the chart's series parts, with each citing publication's figures kept apart. */
export const pairKey = (r: ObservationRow) =>
  [r.indicator, r.direction, r.reporter, r.partner, r.sector, r.measure, r.status, r.basis, r.unit].join("|");

/**
 * Before/after windows around an event for yearly rows (pass the rows the chart shows; the data's years are theirs).
 * - The event's own years belong to neither window: a yearly figure covers the whole year, which mixes before and after.
 * - Only full-year rows count; part-year figures are not comparable with them.
 * - A pair is one statistic (pairKey): figures of different measures, statuses, bases or units never meet, and a figure
 *   cited by one publication ("source:…" measure) pairs only with figures cited by the same publication.
 * - Within a statistic, figures of one year that agree count once (with all their sources); a year whose figures
 *   disagree is left out of the mean and listed in disputedYears.
 */
export function compareYears(rows: ObservationRow[], event: EventDates, sizes: WindowSizes): YearComparison {
  const span = eventSpan(event);
  const size = { before: parseWindow(sizes.before, "years"), after: parseWindow(sizes.after, "years") };
  const windows = {
    before: { from: span.startYear - size.before, to: span.startYear - 1 },
    after: { from: span.endYear + 1, to: span.endYear + size.after },
  };
  const yearly = rows.filter(isYearly);
  const years = yearly.map((r) => r.year as number);
  const dataYears = years.length ? { from: Math.min(...years), to: Math.max(...years) } : null;
  const groups = groupBy(yearly, pairKey);
  const series = [...groups.entries()]
    .map(([key, group]) => compareSeries(key, group, windows, dataYears))
    .filter((s): s is YearSeriesComparison => s !== null)
    .sort((a, b) => Number(a.change === null) - Number(b.change === null) || a.key.localeCompare(b.key));
  const eventYears = { from: span.startYear, to: span.endYear };
  return { event: span, sizes: size, windows, eventYears, dataYears, position: positionOf(eventYears, dataYears), series };
}

function compareSeries(key: string, rows: ObservationRow[], windows: YearComparison["windows"], data: YearWindow | null): YearSeriesComparison | null {
  const byYear = groupBy(rows, (r) => r.year as number);
  const before = side(byYear, windows.before, data);
  const after = side(byYear, windows.after, data);
  if (before.n === 0 && after.n === 0) return null;
  const years = [...byYear.keys()];
  const missing: MissingSide | null =
    before.n === 0 ? { side: "before", nearestYear: nearest(years.filter((y) => y < windows.before.from), Math.max), ...extent(years) }
    : after.n === 0 ? { side: "after", nearestYear: nearest(years.filter((y) => y > windows.after.to), Math.min), ...extent(years) }
    : null;
  return { key, row: rows[0], before, after, change: changeBetween(before.mean, after.mean), missing };
}

function side(byYear: Map<number, ObservationRow[]>, window: YearWindow, data: YearWindow | null): YearSide {
  const figures: YearFigure[] = [];
  const disputedYears: number[] = [];
  for (let year = window.from; year <= window.to; year++) {
    const rows = byYear.get(year);
    if (!rows) continue;
    if (new Set(rows.map((r) => r.value)).size > 1) disputedYears.push(year);
    else figures.push({ year, value: rows[0].value, rows });
  }
  const covered = data && window.to >= data.from && window.from <= data.to
    ? { from: Math.max(window.from, data.from), to: Math.min(window.to, data.to) } : null;
  const truncated = covered === null || covered.from !== window.from || covered.to !== window.to;
  const sourceIds = [...new Set(figures.flatMap((f) => f.rows.map((r) => r.sourceId)))].sort();
  const n = figures.length;
  return { window, covered, truncated, figures, disputedYears, n, mean: mean(figures.map((f) => f.value)), thin: isThin(n), sourceIds };
}

const nearest = (years: number[], pick: (...v: number[]) => number) => (years.length ? pick(...years) : null);
const extent = (years: number[]) => ({ firstYear: Math.min(...years), lastYear: Math.max(...years) });
