import type { OverviewRow } from "../data/schemas";
import { changeBetween } from "./compare-windows";
import { eventSpan } from "./event-span";
import { groupBy } from "./group-by";
import { OVERVIEW_CARDS, OVERVIEW_EVENTS, type KeyEvent } from "./overview-cards";
import { distinctValues } from "./year-series";

/** One year of a series: every row the overview holds for it and, where they agree, their value. */
export type OverviewPoint = {
  year: number;
  period: OverviewRow["period"];
  periodStart: string;
  periodEnd: string;
  /** The value the rows agree on (the most precise of them, see `agree`); null where they disagree. */
  value: number | null;
  /** The distinct values of the rows: one where they agree, each value apart where they disagree. */
  values: number[];
  rows: OverviewRow[];
};

/** A point whose rows agree on one value. */
export type OverviewFigure = OverviewPoint & { value: number };

/** The change from one figure to a later one: absolute, and relative where the earlier value is above zero. */
export type OverviewChange = { from: OverviewFigure; to: OverviewFigure; absolute: number; relative: number | null };

export type OverviewSeries = {
  card: string;
  series: string;
  unit: string;
  /** What to draw: one point per year with a figure, in year order. */
  points: OverviewPoint[];
  /** Years between the first and last point with no figure: gaps, never filled. */
  missingYears: number[];
  /** Years whose figures disagree: drawn as separate values, left out of the numbers below. */
  disputedYears: number[];
  /** The sentence's numbers: the earliest and latest full years (calendar or fiscal) with an agreed value. */
  first: OverviewFigure | null;
  last: OverviewFigure | null;
  /** The most recent agreed value, also when it covers only part of its year (then period is span). */
  latest: OverviewFigure | null;
  /** From the full year before `last` to `last`; null when that year has no agreed figure. */
  change: OverviewChange | null;
};

export type OverviewCard = {
  id: (typeof OVERVIEW_CARDS)[number]["id"];
  /** The full view that draws the same series: view parameters, for serializeView. */
  link: (typeof OVERVIEW_CARDS)[number]["link"];
  /** The card's series with figures, its headline first. */
  series: OverviewSeries[];
  /** The days the card's figures cover: from the first day of its first point to the last day of its last. */
  range: { start: string; end: string };
  /** The key events (1998, 2002) that fall inside the range. */
  events: KeyEvent[];
};

const isFigure = (p: OverviewPoint): p is OverviewFigure => p.value !== null;
const isFullYear = (p: OverviewPoint) => p.period !== "span";

/** Every card that has figures, in the overview's order. */
export function selectOverview(rows: OverviewRow[], events: KeyEvent[] = OVERVIEW_EVENTS): OverviewCard[] {
  return OVERVIEW_CARDS.map((card) => selectOverviewCard(rows, card.id, events)).filter((c): c is OverviewCard => c !== null);
}

/** One card: its series with their summary numbers, its range and the key events inside it; null when it has no rows. */
export function selectOverviewCard(rows: OverviewRow[], id: OverviewCard["id"], events: KeyEvent[] = OVERVIEW_EVENTS): OverviewCard | null {
  const card = OVERVIEW_CARDS.find((c) => c.id === id)!;
  const own = rows.filter((r) => r.card === id);
  const series = card.series.map((s) => selectSeries(own.filter((r) => r.series === s))).filter((s): s is OverviewSeries => s !== null);
  if (series.length === 0) return null;
  const points = series.flatMap((s) => s.points);
  const range = { start: points.map((p) => pointDays(p).start).sort()[0], end: points.map((p) => pointDays(p).end).sort().at(-1)! };
  return { id, link: card.link, series, range, events: eventsInRange(range, events) };
}

/** One series of a card from its rows (all of one card and series); null when there are none. */
export function selectSeries(rows: OverviewRow[]): OverviewSeries | null {
  if (rows.length === 0) return null;
  const points = [...groupBy(rows, (r) => r.year).entries()].sort(([a], [b]) => a - b).map(([year, group]) => toPoint(year, group));
  const years = new Set(points.map((p) => p.year));
  const [from, to] = [points[0].year, points.at(-1)!.year];
  const full = points.filter((p): p is OverviewFigure => isFigure(p) && isFullYear(p));
  const last = full.at(-1) ?? null;
  const series = {
    card: rows[0].card, series: rows[0].series, unit: rows[0].unit, points,
    missingYears: Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((y) => !years.has(y)),
    disputedYears: points.filter((p) => !isFigure(p)).map((p) => p.year),
    first: full[0] ?? null, last, latest: points.filter(isFigure).at(-1) ?? null,
  };
  return { ...series, change: last ? changeOver({ points }, last.year - 1, last.year) : null };
}

/** The change between the agreed full-year figures of two years; null when either has none. */
export function changeOver(series: Pick<OverviewSeries, "points">, fromYear: number, toYear: number): OverviewChange | null {
  const at = (year: number) => series.points.find((p): p is OverviewFigure => p.year === year && isFigure(p) && isFullYear(p));
  const [from, to] = [at(fromYear), at(toYear)];
  if (!from || !to) return null;
  const { relative } = changeBetween(from.value, to.value)!;
  return { from, to, absolute: difference(from.value, to.value), relative };
}

/** The events whose span overlaps a range of days (ISO dates, both ends included). */
export function eventsInRange(range: { start: string; end: string }, events: KeyEvent[] = OVERVIEW_EVENTS): KeyEvent[] {
  return events.filter((e) => {
    const span = eventSpan(e);
    return span.start <= range.end && span.end >= range.start;
  });
}

/** Every row behind a card's points, in the card's order: what a download of the card holds. */
export const cardRows = (card: OverviewCard): OverviewRow[] => card.series.flatMap((s) => s.points.flatMap((p) => p.rows));

const decimals = (v: number) => (String(v).split(".")[1] ?? "").length;

/** b − a to the decimals the two figures have, so that 53.9 − 63.1 is −9.2 and not −9.200000000000003. */
function difference(a: number, b: number): number {
  return Number((b - a).toFixed(Math.min(20, Math.max(decimals(a), decimals(b)))));
}

function toPoint(year: number, rows: OverviewRow[]): OverviewPoint {
  const values = distinctValues(rows.map((r) => r.value));
  const { period, periodStart, periodEnd } = rows[0];
  return { year, period, periodStart, periodEnd, value: values.length === 1 ? values[0] : null, values, rows };
}

/** The first and last day a point covers: a calendar year, a fiscal year (April to March) or its span. */
function pointDays(p: OverviewPoint): { start: string; end: string } {
  if (p.period === "span") return { start: p.periodStart, end: p.periodEnd };
  if (p.period === "fiscal") return { start: `${p.year}-04-01`, end: `${p.year + 1}-03-31` };
  return { start: `${p.year}-01-01`, end: `${p.year}-12-31` };
}
