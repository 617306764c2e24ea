import type { LabelKind } from "../data/cells";
import { isFullYear } from "../data/periods";
import type { ObservationRow } from "../data/schemas";
import { activeLanguage, joinList, t, withNote } from "../i18n/i18n";
import { formatDate } from "./format";
import type { Figure, YearSeries } from "./year-series";

/** Rows that can sit on a yearly axis: a full calendar or fiscal year that the source states. */
export const isYearly = (r: ObservationRow) => isFullYear(r.period) && r.year !== null;

/** When the figure runs, in the page's language: "2023", "FY2012", "first half of 2023", "2023년 상반기", "2024年12月15日までの累計". */
export function periodLabel(r: ObservationRow): string {
  const lang = activeLanguage();
  const date = (d: string) => formatDate(d, lang);
  const year = r.year === null ? t("period.aYearNotStated") : date(String(r.year));
  switch (r.period) {
    case "calendar": return r.year === null ? t("period.yearNotStated") : String(r.year);
    case "fiscal": return r.year === null ? t("period.fiscalNotStated") : t("period.fiscal", { year: r.year });
    case "span":
      if (r.periodStart === "") return t("period.part", { year });
      return r.periodStart === r.periodEnd ? date(r.periodStart) : t("dateRange", { start: date(r.periodStart), end: date(r.periodEnd) });
    case "to-date": return r.periodEnd === "" ? t("period.cumulative") : t("period.cumulativeTo", { end: date(r.periodEnd) });
    case "snapshot": return t("period.asAt", { end: date(r.periodEnd) });
    case "unknown": return r.year === null ? t("period.unknownYear") : t("period.unknown", { year });
    default: return t(`period.${r.period}`, { year });
  }
}

/** The publisher as a reader should see it: where it was read if that was a copy, and whether the page is weak. */
/** What a row says of where its figure was published. */
type SourceFields = Pick<ObservationRow, "sourcePublisher" | "sourceTitle" | "sourceUrl" | "sourceDate" | "sourceVia" | "quality">;

export function sourceLabel(r: SourceFields): string {
  const via = r.sourceVia ? t("readVia", { via: r.sourceVia }) : "";
  return withNote(`${r.sourcePublisher}${via}`, r.quality === "weak" ? t("weakSource") : "");
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
export function rowSources(rows: SourceFields[]) {
  const byUrl = new Map(rows.map((r) => [r.sourceUrl, r]));
  return [...byUrl.values()].map((r) => ({
    publisher: r.sourcePublisher,
    title: r.sourceTitle,
    url: r.sourceUrl,
    terms: t("sourceTerms"),
    attribution: `${sourceLabel(r)}${r.sourceDate ? `, ${r.sourceDate}` : ""}`,
  }));
}

/** The distinct publishers behind some rows, most frequent first. */
export function publishersOf(rows: ObservationRow[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.sourcePublisher, (counts.get(r.sourcePublisher) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
}

/** Single figures cited from different publications are one series of points, never a line. */
export const isCited = (r: ObservationRow) => r.measure.startsWith("source:");

/** A fiscal-year figure is never joined to calendar-year ones: the period is part of the series. */
export const seriesKey = (r: ObservationRow) =>
  [r.indicator, r.direction, r.reporter, r.partner, r.sector, isCited(r) ? "cited" : r.measure, r.period, r.status, r.basis, r.unit].join("|");

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
    if (part === "market") return label("area", r.reporter);
    if (part === "sector") return label("sector", r.sector);
    return measureName(r, label);
  });
  const flags = [r.period === "fiscal" ? t("fiscalFlag") : "", r.status !== "final" ? label("status", r.status) : "", r.basis === "computed" ? label("basis", r.basis) : ""];
  return withNote(words.join(" · "), joinList(flags));
}
