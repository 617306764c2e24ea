import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

/** A CSV of data/ as plain text cells, read without the app's parsers. */
export type Cells = Record<string, string>;

export function readCells(file: string, dir = "data"): Cells[] {
  return Papa.parse<Cells>(readFileSync(join(dir, file), "utf8"), { header: true, skipEmptyLines: true }).data;
}

/**
 * Which rows of which dataset each overview series stands for, written out here apart from the ingest's recipes:
 * `yearly` series are figures of one statistic, `weekly` ones are weekly counts the overview averages per year.
 */
export type SeriesSource = { dataset: string; kind: "yearly" | "weekly"; where: (r: Cells) => boolean };

const is = (want: Cells) => (r: Cells) => Object.entries(want).every(([column, value]) => r[column] === value);

export const SERIES_SOURCES: Record<string, Record<string, SeriesSource>> = {
  "music-exports": {
    "kosis-music-by-region": { dataset: "trade-flows", kind: "yearly", where: is({ indicator: "export_value", direction: "KOR-JPN", sector: "music", measure: "kosis-music-by-region" }) },
  },
  "broadcast-share": {
    "programme-trade-survey": { dataset: "export-share", kind: "yearly", where: is({ indicator: "export_share", direction: "KOR-JPN", sector: "broadcasting", measure: "programme-trade-survey" }) },
  },
  "game-share": {
    "game-white-paper": { dataset: "export-share", kind: "yearly", where: is({ indicator: "export_share", direction: "KOR-JPN", sector: "games", measure: "game-white-paper" }) },
  },
  "netflix-korean-in-japan": {
    TV: { dataset: "netflix-cross-border", kind: "weekly", where: is({ country: "JP", category: "TV", origin: "KOR" }) },
    Films: { dataset: "netflix-cross-border", kind: "weekly", where: is({ country: "JP", category: "Films", origin: "KOR" }) },
  },
  "netflix-japanese-in-korea": {
    TV: { dataset: "netflix-cross-border", kind: "weekly", where: is({ country: "KR", category: "TV", origin: "JPN" }) },
    Films: { dataset: "netflix-cross-border", kind: "weekly", where: is({ country: "KR", category: "Films", origin: "JPN" }) },
  },
  "hot100-korean": {
    "Hot 100": { dataset: "hot100-korean", kind: "weekly", where: is({ origin: "KOR" }) },
  },
  "box-office-japanese": {
    "kobis-yearly-lists": { dataset: "box-office", kind: "yearly", where: is({ indicator: "box_office_share_admissions", partner: "JPN", measure: "kobis-yearly-lists" }) },
  },
  "japan-content-market": {
    "dcaj-white-paper": { dataset: "market-size", kind: "yearly", where: is({ indicator: "market_size", reporter: "JPN", sector: "all_DCAJ", measure: "dcaj-white-paper" }) },
  },
};

/** The rows of a yearly series that sit on a yearly axis: a full year, with the year stated. */
export const yearlyRows = (source: SeriesSource, dir = "data") =>
  readCells(`${source.dataset}.csv`, dir).filter((r) => source.where(r) && ["calendar", "fiscal"].includes(r.period) && r.year !== "");

export const weeklyRows = (source: SeriesSource, dir = "data") => readCells(`${source.dataset}.csv`, dir).filter(source.where);

/** A year of a series as the tests work it out from the dataset behind it, apart from the app's selectors. */
export type Year = { year: number; full: boolean; values: number[]; start: string; end: string };

const places = (v: number) => (String(v).split(".")[1] ?? "").length;
/** Equal when rounded to the less precise of the two (277.3 and 277.29). */
export const same = (a: number, b: number) => a.toFixed(Math.min(places(a), places(b))) === b.toFixed(Math.min(places(a), places(b)));
export const agreed = (y: Year) => y.values.every((v) => same(v, y.values[0]));

export function yearsOf(source: SeriesSource): Year[] {
  if (source.kind === "yearly") {
    const byYear = new Map<number, number[]>();
    for (const r of yearlyRows(source)) byYear.set(Number(r.year), [...(byYear.get(Number(r.year)) ?? []), Number(r.value)]);
    return [...byYear].sort(([a], [b]) => a - b).map(([year, values]) => ({ year, full: true, values, start: `${year}-01-01`, end: `${year}-12-31` }));
  }
  const rows = weeklyRows(source).sort((a, b) => a.week.localeCompare(b.week));
  const years = [...new Set(rows.map((r) => Number(r.week.slice(0, 4))))];
  const shift = (week: string, days: number) => new Date(Date.parse(week) + days * 86_400_000).toISOString().slice(0, 10);
  return years.map((year) => {
    const weeks = rows.filter((r) => r.week.startsWith(`${year}-`));
    const [start, end] = [weeks[0].week, weeks.at(-1)!.week];
    // The series' first year is cut when a week before its first still falls in that year; likewise its last.
    const cut = (year === years[0] && shift(start, -7).startsWith(`${year}-`)) || (year === years.at(-1) && shift(end, 7).startsWith(`${year}-`));
    const mean = weeks.reduce((sum, r) => sum + Number(r.entries), 0) / weeks.length;
    return { year, full: !cut, values: [mean], start: cut ? start : `${year}-01-01`, end: cut ? end : `${year}-12-31` };
  });
}
