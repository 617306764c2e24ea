import { t } from "../i18n/i18n";
import type { WeekComparison, WeekSeriesComparison, WeekSide } from "./compare-weeks";
import type { YearComparison, YearSeriesComparison, YearSide } from "./compare-years";
import type { Cell, Table } from "./csv";

const SIDES = ["before", "after"] as const;
const eventHeaders = () => [t("csvEvent"), t("csvEventStart"), t("csvEventEnd")];

/** One row per statistic of a yearly chart: each window's years, the figures it rests on (year: value), their mean, and the change. */
export function yearComparisonTable(c: YearComparison, seriesLabel: (s: YearSeriesComparison) => string, event: string): Table {
  const sideHeaders = (side: "before" | "after") =>
    [t("csvWindowFrom", { side }), t("csvWindowTo", { side }), t("csvFigures", { side }), t("csvInputs", { side }), t("csvMean", { side }), t("csvDisputed", { side })];
  const sideCells = (x: YearSide): Cell[] => [
    x.window.from, x.window.to, x.n, x.figures.map((f) => `${f.year}: ${f.value}`).join("; "), x.mean, x.disputedYears.join("; "),
  ];
  return {
    headers: [...eventHeaders(), t("colSeries"), t("csvIndicator"), t("csvReporter"), t("csvPartner"), t("direction"), t("sector"), t("csvMeasure"),
      t("colStatus"), t("csvBasis"), t("csvUnit"), ...SIDES.flatMap(sideHeaders), t("csvChange"), t("csvRelativeChange"), t("csvSourceIds")],
    rows: c.series.map((s) => [
      event, c.event.start, c.event.end, seriesLabel(s), s.row.indicator, s.row.reporter, s.row.partner, s.row.direction, s.row.sector, s.row.measure,
      s.row.status, s.row.basis, s.row.unit, ...sideCells(s.before), ...sideCells(s.after), s.change?.absolute ?? null, s.change?.relative ?? null,
      [...new Set([...s.before.sourceIds, ...s.after.sourceIds])].sort().join("; "),
    ]),
  };
}

/** One row per weekly series: each window's weeks, the lists it rests on (week: entries, best rank), the means, the changes and the titles that entered. */
export function weekComparisonTable(c: WeekComparison, event: string, attribution: string): Table {
  const sideHeaders = (side: "before" | "after") => [t("csvWindowFrom", { side }), t("csvWindowTo", { side }), t("csvLists", { side }), t("csvInputs", { side }),
    t("csvMeanEntries", { side }), t("csvMeanBestRank", { side }), t("csvUnknownIn", { side })];
  const sideCells = (x: WeekSide): Cell[] => [
    x.window.from, x.window.to, x.lists, x.rows.map((r) => `${r.week}: ${r.entries}${r.bestRank === null ? "" : ` (${r.bestRank})`}`).join("; "),
    x.meanEntries, x.meanBestRank, x.unknownEntries,
  ];
  const entered = (s: WeekSeriesComparison) => s.entered.map((e) => `${e.title} (${e.weeks.length}; ${e.bestRank ?? ""})`).join("; ");
  return {
    headers: [...eventHeaders(), t("csvChart"), t("colCountry"), t("colList"), t("csvOriginCounted"), ...SIDES.flatMap(sideHeaders),
      t("csvEntriesChange"), t("csvRelativeChange"), t("csvBestRankChange"), t("csvEntered"), t("colSource")],
    rows: c.series.map((s) => [
      event, c.event.start, c.event.end, s.chart, s.country, s.category, s.origin, ...sideCells(s.before), ...sideCells(s.after),
      s.change.entries?.absolute ?? null, s.change.entries?.relative ?? null, s.change.bestRank?.absolute ?? null, entered(s), attribution,
    ]),
  };
}
