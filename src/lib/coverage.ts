import { isFullYear } from "../data/periods";
import type { ObservationRow } from "../data/schemas";
import { groupBy } from "./group-by";

export const COVERAGE_FROM = 1998;

/** A flow between Korea and Japan; one country's own market; or a context figure (world, other countries). */
export type CoverageScope = "korea-japan" | "domestic" | "context";

/** A row of a dataset, by its place in the file (index 0 is line 2, under the header). */
export type CoverageRowRef = { dataset: string; index: number; row: ObservationRow };

export type CoverageCell = {
  year: number;
  filled: boolean;
  /** The statistics (measure column) with a figure this year. */
  measures: string[];
  sourceIds: string[];
  /** Whether a figure covers the full year; part-year figures (h1, quarters, to-date) also fill a cell. */
  fullYear: boolean;
  rows: CoverageRowRef[];
};

export type CoverageLine = {
  key: string;
  indicator: string;
  direction: string;
  reporter: string;
  partner: string;
  sector: string;
  scope: CoverageScope;
  datasets: string[];
  /** One cell per year of the map, gaps included. */
  cells: CoverageCell[];
  /** Rows whose year the source does not state. */
  undated: CoverageRowRef[];
};

export type CoverageMap = {
  years: number[];
  lines: CoverageLine[];
  /** Dated rows outside the map's years. */
  outside: CoverageRowRef[];
};

const KJ = new Set(["KOR", "JPN"]);

export function scopeOf(r: Pick<ObservationRow, "direction" | "reporter" | "partner">): CoverageScope {
  if (r.direction === "KOR-JPN" || r.direction === "JPN-KOR") return "korea-japan";
  if (KJ.has(r.reporter) && KJ.has(r.partner) && r.reporter !== r.partner) return "korea-japan";
  const own = r.partner === "" || r.partner === r.reporter || r.partner === "WLD";
  return r.direction === "within" && KJ.has(r.reporter) && own ? "domestic" : "context";
}

const SCOPES: CoverageScope[] = ["korea-japan", "domestic", "context"];
const lineKey = (r: ObservationRow) => [r.indicator, r.direction, r.reporter, r.partner, r.sector].join("|");
const distinct = (values: string[]) => [...new Set(values)].sort();

/** Every indicator × direction × sector line of the given datasets, with a cell for each year from `from` on, filled or not. */
export function buildCoverage(datasets: { dataset: string; rows: ObservationRow[] }[], from = COVERAGE_FROM, to?: number): CoverageMap {
  const refs = datasets.flatMap(({ dataset, rows }) => rows.map((row, index): CoverageRowRef => ({ dataset, index, row })));
  const dated = refs.flatMap((ref) => (ref.row.year === null ? [] : [ref.row.year]));
  const last = to ?? Math.max(from, ...dated);
  const years = Array.from({ length: Math.max(0, last - from + 1) }, (_, i) => from + i);
  const inMap = (y: number) => y >= from && y <= last;
  const lines = [...groupBy(refs, (ref) => lineKey(ref.row))].map(([key, group]) => line(key, group, years, inMap));
  lines.sort((a, b) => SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) || a.key.localeCompare(b.key));
  const outside = refs.filter((ref) => ref.row.year !== null && !inMap(ref.row.year));
  return { years, lines, outside };
}

function line(key: string, refs: CoverageRowRef[], years: number[], inMap: (y: number) => boolean): CoverageLine {
  const { indicator, direction, reporter, partner, sector } = refs[0].row;
  const byYear = groupBy(refs.filter((ref) => ref.row.year !== null && inMap(ref.row.year)), (ref) => ref.row.year as number);
  return {
    key, indicator, direction, reporter, partner, sector,
    scope: scopeOf(refs[0].row),
    datasets: distinct(refs.map((ref) => ref.dataset)),
    cells: years.map((year) => cell(year, byYear.get(year) ?? [])),
    undated: refs.filter((ref) => ref.row.year === null),
  };
}

function cell(year: number, rows: CoverageRowRef[]): CoverageCell {
  return {
    year,
    filled: rows.length > 0,
    measures: distinct(rows.map((ref) => ref.row.measure)),
    sourceIds: distinct(rows.map((ref) => ref.row.sourceId)),
    fullYear: rows.some((ref) => isFullYear(ref.row.period)),
    rows,
  };
}
