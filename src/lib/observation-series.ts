import { isFullYear } from "../data/periods";
import type { ObservationRow } from "../data/schemas";
import { COUNTRIES, DIRECTIONS, MEASURES, MESSAGES, PERIOD_TEXT } from "../messages";
import type { Figure, YearSeries } from "./year-series";

/** Rows that can sit on a yearly axis: a full calendar or fiscal year that the source states. */
export const isYearly = (r: ObservationRow) => isFullYear(r.period) && r.year !== null;

/** When the figure runs, in words: "2023", "FY2012", "first half of 2023", "cumulative to 2023-04-28". */
export function periodLabel(r: ObservationRow): string {
  return PERIOD_TEXT[r.period](r.year, r.periodStart, r.periodEnd);
}

/** The publisher as a reader should see it: where it was read if that was a copy, and whether the page is weak. */
export function sourceLabel(r: ObservationRow): string {
  const via = r.sourceVia ? MESSAGES.readVia(r.sourceVia) : "";
  return `${r.sourcePublisher}${via}${r.quality === "weak" ? ` (${MESSAGES.weakSource})` : ""}`;
}

export function toFigure(r: ObservationRow): Figure {
  return {
    year: r.year ?? 0,
    value: r.value,
    unit: r.unit,
    basis: r.basis,
    status: r.status,
    sources: [{ publisher: sourceLabel(r), date: r.sourceDate, url: r.sourceUrl }],
  };
}

/** Group rows into series; rows of one series must share a measure, or they would be joined. */
export function groupSeries(rows: ObservationRow[], keyOf: (r: ObservationRow) => string, labelOf: (r: ObservationRow) => string): YearSeries[] {
  const groups = new Map<string, YearSeries>();
  for (const r of rows.filter(isYearly)) {
    const key = keyOf(r);
    const series = groups.get(key) ?? { key, label: labelOf(r), figures: [] };
    series.figures.push(toFigure(r));
    groups.set(key, series);
  }
  return [...groups.values()];
}

/** The publications behind some rows, for the metadata that travels with a download. */
export function rowSources(rows: ObservationRow[]) {
  const byUrl = new Map(rows.map((r) => [r.sourceUrl, r]));
  return [...byUrl.values()].map((r) => ({
    publisher: r.sourcePublisher,
    title: r.sourceTitle,
    url: r.sourceUrl,
    terms: MESSAGES.sourceTerms,
    attribution: `${sourceLabel(r)}${r.sourceDate ? `, ${r.sourceDate}` : ""}`,
  }));
}

/** The distinct publishers behind some rows, most frequent first. */
export function publishersOf(rows: ObservationRow[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.sourcePublisher, (counts.get(r.sourcePublisher) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
}

/** Rows split by unit, the most common unit first: one chart per unit, never two currencies on one axis. */
export function splitByUnit(rows: ObservationRow[]): { unit: string; rows: ObservationRow[] }[] {
  const groups = new Map<string, ObservationRow[]>();
  for (const r of rows) groups.set(r.unit, [...(groups.get(r.unit) ?? []), r]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([unit, rows]) => ({ unit, rows }));
}

/** Single figures cited from different publications are one series of points, never a line. */
export const isCited = (r: ObservationRow) => r.measure.startsWith("source:");

/** A fiscal-year figure is never joined to calendar-year ones: the period is part of the series. */
export const seriesKey = (r: ObservationRow) =>
  [r.indicator, r.direction, r.reporter, r.partner, r.sector, isCited(r) ? "cited" : r.measure, r.period, r.status, r.basis, r.unit].join("|");

export type Label = (kind: "indicator" | "sector" | "unit" | "area" | "category", key: string) => string;

/** Name of the measure: a known statistic, or the publisher when a figure stands alone. */
export function measureName(r: ObservationRow): string {
  return isCited(r) ? MESSAGES.citedFigures : (MEASURES[r.measure] ?? r.measure);
}

/** A readable series name from the parts that differ between series in a chart. */
export function describeSeries(r: ObservationRow, label: Label, parts: ("indicator" | "direction" | "market" | "sector" | "measure")[]): string {
  const words = parts.map((part) => {
    if (part === "indicator") return label("indicator", r.indicator);
    if (part === "direction") return DIRECTIONS[r.direction] ?? r.direction;
    if (part === "market") return COUNTRIES[r.reporter] ?? r.reporter;
    if (part === "sector") return label("sector", r.sector);
    return measureName(r);
  });
  const flags = [r.period === "fiscal" ? MESSAGES.fiscalFlag : "", r.status !== "final" ? r.status : "", r.basis === "computed" ? "computed" : ""].filter(Boolean);
  return `${words.join(" · ")}${flags.length ? ` (${flags.join(", ")})` : ""}`;
}
