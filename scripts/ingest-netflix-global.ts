import { aggregateWeeks, countOrigins } from "./lib/cross-border";
import { input, type DatasetSpec } from "./lib/dataset";
import { originLookup, parseGlobalLists } from "./lib/netflix";
import { SOURCES } from "./lib/sources";

export const netflixGlobal: DatasetSpec = {
  id: "netflix-global",
  kind: "crossBorderWeek",
  title: "Korean and Japanese titles in Netflix's global non-English top 10",
  description:
    "Week by week since July 2021: how many Korean and how many Japanese titles are in Netflix's global top 10 for non-English films and for non-English TV, their best rank and which titles.",
  notes: ["Titles of unknown origin are counted in unknownEntries, so each count is a lower bound."],
  files: ["netflixGlobal"],
  periodColumn: "week",
  build: (inputs) => {
    const { text, file } = input(inputs, "netflixGlobal");
    const originOf = originLookup(inputs.curated.netflixOrigins);
    const lists = parseGlobalLists(text, file).filter((r) => r.category.endsWith("(Non-English)"));
    const entries = lists.map((r) => ({
      week: r.week, sample: r.week, country: "world", category: r.category, rank: r.weekly_rank,
      label: r.show_title, origin: originOf(r.show_title),
    }));
    const rows = aggregateWeeks(entries, "Netflix global top 10", () => ["KOR", "JPN"]);
    return { rows, sources: [SOURCES.netflix], origins: countOrigins(lists.map((r) => r.show_title), originOf) };
  },
};
