import type { CrossBorderWeek, FilmRow, NetflixListRow, ObservationRow } from "../data/schemas";
import { t } from "../i18n/i18n";
import type { Table } from "./csv";
import { drawnCells, drawnFirst } from "./drawn-rows";

type UnitLabel = (unit: string) => string;

/**
 * Observation rows as they are shown: one unit per chart, so the value header names it; every row says whether the
 * chart draws it and why not, drawn rows first. Headers are in the page's language; codes stay codes.
 */
export function observationTable(rows: ObservationRow[], unitLabel: UnitLabel, seriesLabel: (r: ObservationRow) => string, range: { from: number; to: number }): Table {
  const units = [...new Set(rows.map((r) => r.unit))];
  const valueHeader = units.length === 1 ? t("csvValueIn", { unit: unitLabel(units[0]) }) : t("csvValueSeeUnit");
  return {
    headers: [t("csvDrawn"), t("csvNotDrawnWhy"), t("colYear"), t("csvPeriod"), t("csvPeriodStart"), t("csvPeriodEnd"), t("colSeries"), t("csvIndicator"), t("csvReporter"), t("csvPartner"), t("direction"),
      t("sector"), t("csvMeasure"), t("colStatus"), t("csvQuality"), t("csvBasis"), valueHeader, t("csvUnit"), t("csvNote"), t("csvSourcePublisher"), t("csvSourceTitle"),
      t("csvSourceDate"), t("csvSourceVia"), t("csvSourceUrl"), t("csvQuote")],
    rows: drawnFirst(rows, range).map(({ row: r, reason }) => [...drawnCells(reason), r.year, r.period, r.periodStart, r.periodEnd, seriesLabel(r), r.indicator, r.reporter, r.partner, r.direction, r.sector,
      r.measure, r.status, r.quality, r.basis, r.value, r.unit, r.note, r.sourcePublisher, r.sourceTitle, r.sourceDate, r.sourceVia, r.sourceUrl, r.quote]),
  };
}

export function weeklyTable(rows: CrossBorderWeek[], attribution: string): Table {
  return {
    headers: [t("colWeek"), t("csvChart"), t("colCountry"), t("colList"), t("csvOriginCounted"), t("csvEntries"), t("csvSlots"), t("colBestRank"), t("colTitles"),
      t("csvListSize"), t("csvUnknown"), t("csvSamples"), t("colSource")],
    rows: rows.map((r) => [r.week, r.chart, r.country, r.category, r.origin, r.entries, r.slots ?? null, r.bestRank, r.titles, r.listSize, r.unknownEntries, r.samples, attribution]),
  };
}

export function netflixListTable(rows: NetflixListRow[], attribution: string): Table {
  return {
    headers: [t("csvWeekEnding"), t("colCountry"), t("colList"), t("colRank"), t("colTitle"), t("colSeason"), t("colWeeksIn"), t("csvOriginTag"), t("colSource")],
    rows: rows.map((r) => [r.week, r.country, r.category, r.rank, r.title, r.season, r.weeksInTop10, r.origin, attribution]),
  };
}

export function filmTable(rows: FilmRow[], attribution: string): Table {
  return {
    headers: [t("filmList"), t("csvAsOf"), t("colRank"), t("csvFilmTitle"), t("colRelease"), t("csvNationality"), t("csvAdmissions"), t("csvSales"), t("seoulOnly"), t("colSource")],
    rows: rows.map((r) => [r.list, r.asOf, r.rank, r.title, r.releaseDate, r.nation, r.admissions, r.salesKrw, r.seoulOnly, attribution]),
  };
}
