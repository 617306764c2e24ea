import type { LabelKind } from "../data/cells";
import type { ObservationRow } from "../data/schemas";
import { joinList, withNote } from "../i18n/glue";
import { t } from "../i18n/i18n";
import type { Figure, YearSeries } from "./year-series";

/** Twenty distinct colours: enough that no two series of one chart share a colour. */
export const PALETTE = [
  "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
  "#393b79", "#ad494a", "#637939", "#7b4173", "#e6550d", "#0b8a8a", "#843c39", "#31a354", "#de77ae", "#3b3b3b",
];

/** Rows that can sit on a yearly axis: a full year that the source states. */
export const isYearly = (r: ObservationRow) => r.period === "year" && r.year !== null;

export function toFigure(r: ObservationRow): Figure {
  return {
    year: r.year ?? 0,
    value: r.value,
    unit: r.unit,
    basis: r.basis,
    status: r.status,
    sources: [{ publisher: r.sourcePublisher, date: r.sourceDate, url: r.sourceUrl }],
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
    terms: t("sourceTerms"),
    attribution: `${r.sourcePublisher}${r.sourceDate ? `, ${r.sourceDate}` : ""}`,
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

export const seriesKey = (r: ObservationRow) =>
  [r.indicator, r.direction, r.reporter, r.partner, r.sector, isCited(r) ? "cited" : r.measure, r.status, r.basis, r.unit].join("|");

export type Label = (kind: LabelKind, key: string) => string;

/** Name of the measure: a known statistic, or "cited figures" when a figure stands alone. */
export function measureName(r: ObservationRow, label: Label): string {
  return isCited(r) ? t("citedFigures") : label("measure", r.measure);
}

/** A readable series name from the parts that differ between series in a chart. */
export function describeSeries(r: ObservationRow, label: Label, parts: ("indicator" | "direction" | "market" | "sector" | "measure")[]): string {
  const words = parts.map((part) => {
    if (part === "indicator") return label("indicator", r.indicator);
    if (part === "direction") return label("direction", r.direction);
    if (part === "market") return label("country", r.reporter);
    if (part === "sector") return label("sector", r.sector);
    return measureName(r, label);
  });
  const flags = [r.status !== "final" ? label("status", r.status) : "", r.basis === "computed" ? label("basis", r.basis) : ""];
  return withNote(words.join(" · "), joinList(flags));
}
