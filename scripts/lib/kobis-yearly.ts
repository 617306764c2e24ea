import { z } from "zod";
import { isoDate, optionalText, orNull, text } from "../../src/data/cells";
import { parseSource } from "./parse-source";
import { count, rank, year } from "./source-cells";
import { assertUnique } from "./unique";

const yearlyListSchema = z.object({
  year,
  rank: rank(),
  film_title_ko: text,
  release_date: z.union([z.literal(""), isoDate]),
  sales_krw: count,
  audience: count,
  rep_nation: optionalText,
  distributor: optionalText,
  screens: orNull(count),
  showings: orNull(count),
});
export type YearlyListRow = z.infer<typeof yearlyListSchema>;

/**
 * Entries that KOBIS's own export lists twice, identically: its 합계 (total) row counts both,
 * so both stay. Any other repeated row is an error.
 */
const LISTED_TWICE_BY_KOBIS = ["year 2020, rank 2937, DIFF2020 대구단편 신작전, released -, KRW 126000, 18 admissions, 1 screens, 1 showings"];

const rowKey = (r: YearlyListRow) =>
  `year ${r.year}, rank ${r.rank}, ${r.film_title_ko}, released ${r.release_date || "-"}, KRW ${r.sales_krw}, ${r.audience} admissions, ${r.screens} screens, ${r.showings} showings`;

/** KOBIS's yearly box-office lists: every film screened in a year. Ranks tie, so a row is known by all its figures. */
export function parseYearlyList(text: string, file: string): YearlyListRow[] {
  const rows = parseSource(text, yearlyListSchema, file);
  const copies = new Map<string, number>();
  const key = (r: YearlyListRow) => {
    const k = rowKey(r);
    const copy = (copies.get(k) ?? 0) + 1;
    copies.set(k, copy);
    return copy === 2 && LISTED_TWICE_BY_KOBIS.includes(k) ? `${k} (KOBIS's second listing)` : k;
  };
  assertUnique(rows, key, file, "row");
  return rows;
}
