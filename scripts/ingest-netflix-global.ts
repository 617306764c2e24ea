import { aggregateWeeks, countedOrigins, countOrigins } from "./lib/cross-border";
import { input, type DatasetSpec } from "./lib/dataset";
import { listKind, parseGlobalLists, seasonOf, workLookup } from "./lib/netflix";
import { CO_PRODUCTION_NOTE, coProductionNotes, TITLE_ORIGIN_RULE } from "./lib/origin-rules";
import { SOURCES } from "./lib/sources";

export const netflixGlobal: DatasetSpec = {
  id: "netflix-global",
  kind: "crossBorderWeek",
  title: "Korean and Japanese titles in Netflix's global non-English top 10",
  description:
    "Week by week since July 2021: how many distinct Korean and how many Japanese titles are in Netflix's global top 10 for non-English films and for non-English TV, the list positions they held, their best rank and which titles.",
  notes: [
    "entries counts distinct titles: a title listed several times in one week counts once; slots gives the positions they held.",
    "Titles of unknown origin are counted in unknownEntries, so each count is a lower bound.",
    TITLE_ORIGIN_RULE,
    CO_PRODUCTION_NOTE,
  ],
  files: ["netflixGlobal"],
  periodColumn: "week",
  build: (inputs) => {
    const { text, file } = input(inputs, "netflixGlobal");
    const workOf = workLookup(inputs.curated.netflixOrigins);
    const lists = parseGlobalLists(text, file).filter((r) => r.category.endsWith("(Non-English)"));
    const entries = lists.map((r) => {
      const work = workOf(r.show_title, { country: "world", category: listKind(r.category), season: seasonOf(r.season_title) });
      return {
        week: r.week, sample: r.week, country: "world", category: r.category, rank: r.weekly_rank,
        label: r.show_title, work: work.key, origin: work.origin,
      };
    });
    const rows = aggregateWeeks(entries, "Netflix global top 10", () => countedOrigins(["KOR", "JPN"], entries));
    return {
      rows, sources: [SOURCES.netflix], origins: countOrigins(entries.map((e) => ({ key: e.work, origin: e.origin }))),
      notes: coProductionNotes(entries.some((e) => e.origin === "KOR+JPN")),
    };
  },
};
