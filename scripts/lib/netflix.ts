import { z } from "zod";
import { isoDate, optionalText, text, type Origin } from "../../src/data/cells";
import { parseSource } from "./parse-source";
import { atLeastOne, count, rank } from "./source-cells";
import { titleTagKey, type TitleTag } from "./origin-tags";
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

/** Where a list row sits: the country (JP, KR or world), Films or TV, and the season as Netflix lists it. */
export type ListPlace = { country: string; category: string; season: string };
export type Work = { key: string; origin: Origin | "untagged"; tag?: TitleTag };

const specificity = (t: TitleTag) => (t.season ? 4 : 0) + (t.country ? 2 : 0) + (t.category ? 1 : 0);
const fits = (t: TitleTag, at: ListPlace) =>
  (!t.country || t.country === at.country) && (!t.category || t.category === at.category) && (!t.season || t.season === at.season);

/** The work a list row belongs to: the most specific tag row of its title that fits where it is listed. */
export function workLookup(tags: Map<string, TitleTag[]>) {
  return (title: string, at: ListPlace): Work => {
    const tag = (tags.get(title) ?? []).filter((t) => fits(t, at)).sort((a, b) => specificity(b) - specificity(a))[0];
    return tag ? { key: titleTagKey(tag), origin: tag.origin, tag } : { key: title, origin: "untagged" };
  };
}

/** Netflix's global categories ("Films (Non-English)", …) as the tag table's Films or TV. */
export const listKind = (category: string) => (category.startsWith("Films") ? "Films" : "TV");
