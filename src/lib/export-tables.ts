import type { CrossBorderWeek, FilmRow, NetflixListRow, ObservationRow } from "../data/schemas";
import type { Table } from "./csv";

type UnitLabel = (unit: string) => string;

/** Observation rows as they are shown: one unit per chart, so the value header names it. */
export function observationTable(rows: ObservationRow[], unitLabel: UnitLabel, seriesLabel: (r: ObservationRow) => string): Table {
  const units = [...new Set(rows.map((r) => r.unit))];
  const valueHeader = units.length === 1 ? `Value (${unitLabel(units[0])})` : "Value (see Unit)";
  return {
    headers: ["Year", "Period", "Period start", "Period end", "Series", "Indicator", "Reporter", "Partner", "Direction", "Sector", "Measure",
      "Status", "Quality", "Basis", valueHeader, "Unit", "Note", "Source publisher", "Source title", "Source date", "Source read in", "Source URL",
      "Quote from the source"],
    rows: rows.map((r) => [r.year, r.period, r.periodStart, r.periodEnd, seriesLabel(r), r.indicator, r.reporter, r.partner, r.direction, r.sector,
      r.measure, r.status, r.quality, r.basis, r.value, r.unit, r.note, r.sourcePublisher, r.sourceTitle, r.sourceDate, r.sourceVia, r.sourceUrl, r.quote]),
  };
}

export function weeklyTable(rows: CrossBorderWeek[], attribution: string): Table {
  return {
    headers: ["Week", "Chart", "Country", "List", "Origin counted", "Distinct entries (count)", "Chart positions held (count)", "Best rank", "Titles (best rank)", "List size (entries)",
      "Entries of unknown origin (count)", "Snapshots in week (count)", "Source"],
    rows: rows.map((r) => [r.week, r.chart, r.country, r.category, r.origin, r.entries, r.slots ?? null, r.bestRank, r.titles, r.listSize, r.unknownEntries, r.samples, attribution]),
  };
}

export function netflixListTable(rows: NetflixListRow[], attribution: string): Table {
  return {
    headers: ["Week ending", "Country", "List", "Rank", "Title", "Season", "Weeks in top 10", "Origin (project tag)", "Source"],
    rows: rows.map((r) => [r.week, r.country, r.category, r.rank, r.title, r.season, r.weeksInTop10, r.origin, attribution]),
  };
}

export function filmTable(rows: FilmRow[], attribution: string): Table {
  return {
    headers: ["List", "As of", "Rank", "Title (Korean release)", "Released", "Nationality", "Admissions (persons)", "Sales (KRW)", "Seoul only", "Source"],
    rows: rows.map((r) => [r.list, r.asOf, r.rank, r.title, r.releaseDate, r.nation, r.admissions, r.salesKrw, r.seoulOnly, attribution]),
  };
}
