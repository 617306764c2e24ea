import { aggregateWeeks, countedOrigins, countOrigins } from "./lib/cross-border";
import { input, type DatasetSpec } from "./lib/dataset";
import { parseCountryLists, seasonOf, workLookup } from "./lib/netflix";
import { CO_PRODUCTION_NOTE, coProductionNotes, TITLE_ORIGIN_RULE } from "./lib/origin-rules";
import { SOURCES } from "./lib/sources";

export const netflixCrossBorder: DatasetSpec = {
  id: "netflix-cross-border",
  kind: "crossBorderWeek",
  title: "Korean titles in Japan's Netflix top 10, Japanese titles in Korea's",
  description:
    "Week by week since July 2021: how many distinct Korean titles are in Japan's Netflix top 10 (Films and TV) and how many Japanese titles are in South Korea's, the list positions they held, their best rank and which titles.",
  notes: [
    "entries counts distinct titles: a title listed several times in one week (several seasons of one series) counts once; slots gives the positions they held.",
    "Counts rest on the project's origin tags; titles of unknown origin are counted in unknownEntries, so each count is a lower bound.",
    TITLE_ORIGIN_RULE,
    CO_PRODUCTION_NOTE,
  ],
  files: ["netflixCountries"],
  periodColumn: "week",
  // The chart shows one country's list at a time.
  splitBy: "country",
  build: (inputs) => {
    const { text, file } = input(inputs, "netflixCountries");
    const workOf = workLookup(inputs.curated.netflixOrigins);
    const lists = parseCountryLists(text, file);
    const entries = lists.map((r) => {
      const work = workOf(r.show_title, { country: r.country_iso2, category: r.category, season: seasonOf(r.season_title) });
      return {
        week: r.week, sample: r.week, country: r.country_iso2, category: r.category, rank: r.weekly_rank,
        label: r.show_title, work: work.key, origin: work.origin,
      };
    });
    const counted = (country: string) => countedOrigins(country === "JP" ? ["KOR"] : ["JPN"], entries);
    const rows = aggregateWeeks(entries, "Netflix top 10", counted);
    return {
      rows, sources: [SOURCES.netflix], origins: countOrigins(entries.map((e) => ({ key: e.work, origin: e.origin }))),
      notes: coProductionNotes(entries.some((e) => e.origin === "KOR+JPN")),
    };
  },
};
