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
