import type { Source } from "../../src/data/manifest";
import { tableRef, type KosisTable } from "./kosis-tables";
import type { Observation } from "./observations";

/** One year of a table of Korea's exports by destination region; null = the table has no value there. */
export type RegionalYear = { year: number; total: number | null; japan: number | null; unclassified: number | null; others: (number | null)[] };

/** A table of Korea's exports by region, read from a copy or from KOSIS itself. */
export type RegionalTable = { table: KosisTable; source: Source; unit: string; years: RegionalYear[] };

/** Above this share of the total left unclassified by region, Japan's share is flagged as saying little. */
export const UNCLASSIFIED_FLAG = 0.1;

const parts = (y: RegionalYear) => [y.japan, y.unclassified, ...y.others].filter((v): v is number => v !== null);

/** How far the regions' sum is from the total (regions minus total); null without a total. */
export function partsGap(y: RegionalYear): number | null {
  return y.total === null ? null : parts(y).reduce((a, b) => a + b, 0) - y.total;
}

/** Each region rounded to the unit can move the sum by half a unit; more than that is not rounding. */
export function withinRounding(y: RegionalYear): boolean {
  const gap = partsGap(y);
  return gap === null || Math.abs(gap) <= parts(y).length / 2;
}

/** A note naming the years whose regions do not add up to the total exactly. */
export function roundingNote(t: RegionalTable): string[] {
  const off = t.years.filter((y) => partsGap(y)).map((y) => `${y.year} (${signed(partsGap(y)!)})`);
  if (off.length === 0) return [];
  return [`${t.table.title}: the regions add up to the table's total in every year except ${off.join(", ")}, by rounding in the table.`];
}

const UNIT_WORDS: Record<string, string> = { USD_thousand: "thousand US dollars", USD_million: "million US dollars", USD: "US dollars" };
const unitWords = (unit: string) => UNIT_WORDS[unit] ?? unit;
const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);
const unclassifiedShare = (y: RegionalYear) => (y.unclassified && y.total ? y.unclassified / y.total : 0);
const percent = (x: number) => Math.round(x * 1000) / 10;

function observation(t: RegionalTable, y: RegionalYear, fields: Pick<Observation, "indicator" | "partner" | "value" | "unit" | "basis" | "note" | "quote">): Observation {
  return {
    year: y.year,
    period: "calendar",
    periodStart: "",
    periodEnd: "",
    quality: "",
    reporter: "KOR",
    direction: `KOR-${fields.partner}`,
    sector: t.table.sector,
    measure: t.table.measure,
    status: "final",
    sourceId: t.source.id,
    sourcePublisher: t.source.publisher,
    sourceTitle: t.source.title,
    sourceDate: t.source.retrieved,
    sourceVia: t.source.via,
    sourceUrl: t.source.url,
    ...fields,
  };
}

const quote = (t: RegionalTable, y: RegionalYear, region: "japan" | "total", value: number) =>
  `KOSIS ${tableRef(t.table)}, ${y.year}, region ${t.table.regions[region]} (${region === "japan" ? "Japan" : "all regions"}): ${value}`;

function unclassifiedNote(t: RegionalTable, y: RegionalYear): string {
  if (unclassifiedShare(y) <= UNCLASSIFIED_FLAG) return "";
  return `In ${y.year}, ${y.unclassified} of the ${y.total} ${unitWords(t.unit)} exported (${percent(unclassifiedShare(y))}%) are not classified by region.`;
}

/** Korea's exports to Japan and to all regions, as the table gives them. */
export function regionalFlowRows(t: RegionalTable): Observation[] {
  return t.years.flatMap((y) => [
    ...(y.japan === null ? [] : [observation(t, y, { indicator: "export_value", partner: "JPN", value: y.japan, unit: t.unit, basis: "reported", note: unclassifiedNote(t, y), quote: quote(t, y, "japan", y.japan) })]),
    ...(y.total === null ? [] : [observation(t, y, { indicator: "export_value", partner: "WLD", value: y.total, unit: t.unit, basis: "reported", note: "The table's total over all regions, unclassified exports included.", quote: quote(t, y, "total", y.total) })]),
  ]);
}

/** Japan's share of the total, computed from the same table and year; flagged where much is unclassified. */
export function regionalShareRows(t: RegionalTable): Observation[] {
  return t.years.flatMap((y) => {
    if (y.japan === null || y.total === null || y.total === 0) return [];
    const inputs = `Computed here: Japan ${y.japan} ÷ all regions ${y.total} (${unitWords(t.unit)}), KOSIS ${tableRef(t.table)}, ${y.year}.`;
    const flag = unclassifiedShare(y) > UNCLASSIFIED_FLAG
      ? ` Flagged: ${y.unclassified} of ${y.total} (${percent(unclassifiedShare(y))}%) are not classified by region, over the ${UNCLASSIFIED_FLAG * 100}% threshold, so this share says little about Japan.`
      : "";
    return [observation(t, y, {
      indicator: "export_share", partner: "JPN", value: Math.round((y.japan / y.total) * 10000) / 100, unit: "percent",
      basis: "computed", note: inputs + flag, quote: `${quote(t, y, "japan", y.japan)} / ${quote(t, y, "total", y.total)}`,
    })];
  });
}
