import type { NetflixListRow } from "../src/data/schemas";
import { countOrigins } from "./lib/cross-border";
import { input, type DatasetSpec } from "./lib/dataset";
import { parseCountryLists, seasonOf, workLookup } from "./lib/netflix";
import { TITLE_ORIGIN_RULE } from "./lib/origin-rules";
import { SOURCES } from "./lib/sources";

export const netflixLists: DatasetSpec = {
  id: "netflix-lists",
  kind: "netflixList",
  title: "Netflix top 10 in Japan and Korea, week by week",
  description:
    "Every title in Netflix's weekly Films and TV top 10 for Japan and for South Korea since July 2021, with its rank, its production origin (Korean, Japanese, Korea–Japan co-production, other or unknown) and, for Korean and Japanese titles, its Korean and Japanese title where recorded.",
  notes: [
    "Origins come from the project's reviewed tag table, not from Netflix. Unknown means the title was not identified with confidence.",
    TITLE_ORIGIN_RULE,
    "Where one English title names two works (Kingdom: a Korean series and a Japanese anime; Confession: a Korean and a Japanese film), the tag table tells them apart by country, list and season.",
    "titleKo and titleJa are recorded, each with its basis in the tag table, only where known with certainty; blank otherwise.",
    "Netflix publishes no hours for country lists: ranks only.",
  ],
  files: ["netflixCountries"],
  periodColumn: "week",
  build: (inputs) => {
    const { text, file } = input(inputs, "netflixCountries");
    const workOf = workLookup(inputs.curated.netflixOrigins);
    const lists = parseCountryLists(text, file);
    const works = lists.map((r) => workOf(r.show_title, { country: r.country_iso2, category: r.category, season: seasonOf(r.season_title) }));
    const rows: NetflixListRow[] = lists
      .map((r, i) => ({
        week: r.week,
        country: r.country_iso2,
        category: r.category,
        rank: r.weekly_rank,
        title: r.show_title,
        season: seasonOf(r.season_title),
        weeksInTop10: r.cumulative_weeks_in_top_10,
        origin: works[i].origin === "untagged" ? "unknown" : works[i].origin,
        titleKo: works[i].tag?.titleKo ?? "",
        titleJa: works[i].tag?.titleJa ?? "",
      }))
      .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0) || a.country.localeCompare(b.country) || a.category.localeCompare(b.category) || a.rank - b.rank);
    return { rows, sources: [SOURCES.netflix], origins: countOrigins(works) };
  },
};
