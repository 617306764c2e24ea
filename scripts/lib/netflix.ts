import { z } from "zod";
import { isoDate, optionalText, text, type Origin } from "../../src/data/cells";
import { parseSource } from "./parse-source";
import { atLeastOne, count, rank } from "./source-cells";
import { assertUnique } from "./unique";

const countryRowSchema = z.object({
  country_iso2: text,
  week: isoDate,
  category: z.enum(["Films", "TV"]),
  weekly_rank: rank(10),
  show_title: text,
  season_title: optionalText,
  cumulative_weeks_in_top_10: atLeastOne,
});
const globalRowSchema = z.object({
  week: isoDate,
  category: text,
  weekly_rank: rank(10),
  show_title: text,
  season_title: optionalText,
  weekly_hours_viewed: count,
});

export type CountryRow = z.infer<typeof countryRowSchema> & { country_iso2: "JP" | "KR" };

/** Netflix's country lists cut to Japan and South Korea; Netflix's full file holds every country. */
export function parseCountryLists(text: string, file: string): CountryRow[] {
  const rows = parseSource(text, countryRowSchema, file, "\t");
  assertUnique(rows, (r) => `${r.country_iso2} ${r.week} ${r.category} ${r.weekly_rank}`, file, "country, week, category and rank");
  return rows.filter((r): r is CountryRow => r.country_iso2 === "JP" || r.country_iso2 === "KR");
}

export function parseGlobalLists(text: string, file: string) {
  const rows = parseSource(text, globalRowSchema, file, "\t");
  assertUnique(rows, (r) => `${r.week} ${r.category} ${r.weekly_rank}`, file, "week, category and rank");
  return rows;
}

export const seasonOf = (season: string) => (season === "N/A" ? "" : season);

export function originLookup(tags: Map<string, { origin: Origin }>) {
  return (title: string): Origin | "untagged" => tags.get(title)?.origin ?? "untagged";
}
