import { z } from "zod";
import { parseJsonFile } from "./json-file";
import { KOSIS_MUSIC, kosisSource } from "./kosis-tables";
import { partsGap, withinRounding, type RegionalTable, type RegionalYear } from "./regional-table";
import { KOSIS_MUSIC_COPY } from "./sources";

/** The copy's region names, in the order of KOSIS region codes 003, 002, 004–008. */
const REGIONS = ["Japan", "Greater China", "Southeast Asia", "North America", "Europe", "Other", "Unclassified"] as const;
const cell = z.number().nonnegative().nullable();
const rowSchema = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  total: cell,
  parts: z.strictObject(Object.fromEntries(REGIONS.map((r) => [r, cell])) as Record<(typeof REGIONS)[number], typeof cell>),
  checksum: z.boolean(),
  gap: z.number().int(),
});
const fileSchema = z.object({
  generated: z.iso.datetime(),
  unit: z.literal("thousand USD"),
  regions: z.array(z.string()).refine((names) => names.join("|") === REGIONS.join("|"), `must list ${REGIONS.join(", ")}`),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  rows: z.array(rowSchema).min(1),
});
type MusicRow = z.infer<typeof rowSchema>;

const toYear = (r: MusicRow): RegionalYear => {
  const { Japan, Unclassified, ...others } = r.parts;
  return { year: r.year, total: r.total, japan: Japan, unclassified: Unclassified, others: Object.values(others) };
};

/** Read the copy of KOSIS's music-exports-by-region table, checking its shape, years and sums. */
export function readKosisMusic(text: string, file: string): RegionalTable {
  const { data, fail } = parseJsonFile(text, fileSchema, file);
  if (data.yearFrom > data.yearTo) throw fail(["yearTo"], `yearTo ${data.yearTo} is before yearFrom ${data.yearFrom}`);
  const seen = new Map<number, number>();
  data.rows.forEach((r, i) => {
    if (seen.has(r.year)) throw fail(["rows", i, "year"], `duplicate year ${r.year}, first in rows[${seen.get(r.year)}]`);
    seen.set(r.year, i);
    if (r.year < data.yearFrom || r.year > data.yearTo) throw fail(["rows", i, "year"], `${r.year} is outside ${data.yearFrom}–${data.yearTo}`);
    checkSums(r, (reason) => fail(["rows", i, "gap"], reason));
  });
  const missing = range(data.yearFrom, data.yearTo).filter((y) => !seen.has(y));
  if (missing.length > 0) throw fail(["rows"], `no row for ${missing.join(", ")} although the file covers ${data.yearFrom}–${data.yearTo}`);
  const source = kosisSource(KOSIS_MUSIC, { ...KOSIS_MUSIC_COPY, retrieved: data.generated.slice(0, 10) });
  const years = data.rows.map(toYear).sort((a, b) => a.year - b.year);
  return { table: KOSIS_MUSIC, source, unit: "USD_thousand", years };
}

/** The copy's own checksum and gap must agree with its cells, and the cells with the total up to rounding. */
function checkSums(r: MusicRow, fail: (reason: string) => Error) {
  const year = toYear(r);
  const gap = partsGap(year);
  if (gap === null) return;
  if (r.gap !== gap) throw fail(`the file says gap ${r.gap}, but its regions minus its total is ${gap}`);
  if (r.checksum !== (gap === 0)) throw fail(`checksum ${r.checksum} contradicts gap ${gap}`);
  if (!withinRounding(year)) throw fail(`the regions differ from the total ${r.total} by ${gap}, more than rounding`);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
