import type { NetflixListRow } from "../src/data/schemas";
import { countOrigins } from "./lib/cross-border";
import { input, type DatasetSpec } from "./lib/dataset";
import { originLookup, parseCountryLists, seasonOf } from "./lib/netflix";
import { SOURCES } from "./lib/sources";

export const netflixLists: DatasetSpec = {
  id: "netflix-lists",
  kind: "netflixList",
  title: "Netflix top 10 in Japan and Korea, week by week",
  description:
    "Every title in Netflix's weekly Films and TV top 10 for Japan and for South Korea since July 2021, with its rank and its production origin (Korean, Japanese, other or unknown).",
  notes: [
    "Origins come from the project's reviewed tag table, not from Netflix. Unknown means the title was not identified with confidence.",
    "Netflix publishes no hours for country lists: ranks only.",
  ],
  files: ["netflixCountries"],
  periodColumn: "week",
  build: (inputs) => {
    const { text, file } = input(inputs, "netflixCountries");
    const originOf = originLookup(inputs.curated.netflixOrigins);
    const lists = parseCountryLists(text, file);
    const rows: NetflixListRow[] = lists
      .map((r) => ({
        week: r.week,
        country: r.country_iso2,
        category: r.category,
        rank: r.weekly_rank,
        title: r.show_title,
        season: seasonOf(r.season_title),
        weeksInTop10: r.cumulative_weeks_in_top_10,
        origin: ((o) => (o === "untagged" ? "unknown" : o))(originOf(r.show_title)),
      }))
      .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0) || a.country.localeCompare(b.country) || a.category.localeCompare(b.category) || a.rank - b.rank);
    const origins = countOrigins(lists.map((r) => r.show_title), originOf);
    return { rows, sources: [SOURCES.netflix], origins };
  },
};
