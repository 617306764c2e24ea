import { aggregateWeeks, countOrigins } from "./lib/cross-border";
import { input, type DatasetSpec } from "./lib/dataset";
import { originLookup, parseCountryLists } from "./lib/netflix";
import { SOURCES } from "./lib/sources";

export const netflixCrossBorder: DatasetSpec = {
  id: "netflix-cross-border",
  kind: "crossBorderWeek",
  title: "Korean titles in Japan's Netflix top 10, Japanese titles in Korea's",
  description:
    "Week by week since July 2021: how many Korean titles are in Japan's Netflix top 10 (Films and TV) and how many Japanese titles are in South Korea's, their best rank and which titles.",
  notes: [
    "Counts rest on the project's origin tags; titles of unknown origin are counted in unknownEntries, so each count is a lower bound.",
  ],
  files: ["netflixCountries"],
  periodColumn: "week",
  build: (inputs) => {
    const { text, file } = input(inputs, "netflixCountries");
    const originOf = originLookup(inputs.curated.netflixOrigins);
    const lists = parseCountryLists(text, file);
    const entries = lists.map((r) => ({
      week: r.week, sample: r.week, country: r.country_iso2, category: r.category, rank: r.weekly_rank,
      label: r.show_title, origin: originOf(r.show_title),
    }));
    const rows = aggregateWeeks(entries, "Netflix top 10", (country) => (country === "JP" ? ["KOR"] : ["JPN"]));
    return { rows, sources: [SOURCES.netflix], origins: countOrigins(lists.map((r) => r.show_title), originOf) };
  },
};
