import { z } from "zod";
import { isoDate, optionalText, text } from "../src/data/cells";
import { aggregateWeeks, mondayOf } from "./lib/cross-border";
import { input, type DatasetSpec } from "./lib/dataset";
import { parseSource } from "./lib/parse-source";
import { rank } from "./lib/source-cells";
import { assertUnique } from "./lib/unique";
import { SOURCES } from "./lib/sources";

const dailyRowSchema = z.object({
  country: z.enum(["Japan", "South Korea"]),
  date: isoDate,
  list: z.enum(["Films", "TV"]),
  rank: rank(10),
  title: text,
  meta_country: optionalText,
});

const ORIGIN_BY_COUNTRY: Record<string, "KOR" | "JPN"> = { "South Korea": "KOR", Japan: "JPN" };
const originOf = (country: string) => (country === "" ? ("unknown" as const) : (ORIGIN_BY_COUNTRY[country] ?? ("other" as const)));

export const flixpatrol2020: DatasetSpec = {
  id: "flixpatrol-2020",
  kind: "crossBorderWeek",
  title: "Korean titles in Japan's daily Netflix top 10, Japanese in Korea's, 2020 (FlixPatrol)",
  description:
    "Week by week, March to August 2020: how many distinct Korean titles appeared in the daily Netflix top 10 in Japan and Japanese titles in South Korea's, and the positions they held over the week's days, as recorded by FlixPatrol. A different measure from Netflix's own weekly lists, which start in July 2021.",
  notes: [
    "FlixPatrol records the daily rows of each country's Netflix app; these are not Netflix's official weekly lists and are never joined to them.",
    "Origin is FlixPatrol's production country for the title, except where the project's reviewed table flixpatrol-matches.csv corrects a wrong match, each with its basis: in Japan, Kingdom was matched to a US series of 2014 (the films are the Japanese film Kingdom; the TV rows are the Korean series or the Japanese anime of that name, so their origin is unknown); in Korea, Real was matched to a Japanese film of 2013 where a Korean film of 2017 has the same title (unknown).",
    "entries counts distinct titles seen during the week; slots counts positions held, summed over the days.",
    "Aggregated from daily lists into Monday–Sunday weeks; samples gives the days in each week.",
  ],
  files: ["flixpatrol"],
  periodColumn: "week",
  build: (inputs) => {
    const { text, file } = input(inputs, "flixpatrol");
    const rows = parseSource(text, dailyRowSchema, file);
    assertUnique(rows, (r) => `${r.country} ${r.date} ${r.list} ${r.rank}`, file, "country, date, list and rank");
    const matches = inputs.curated.flixpatrolMatches;
    const entries = rows.map((r) => ({
      week: mondayOf(r.date), sample: r.date, country: r.country === "Japan" ? "JP" : "KR", category: r.list, rank: r.rank,
      label: r.title, origin: matches.get(`${r.country}|${r.list}|${r.title}`)?.origin ?? originOf(r.meta_country),
    }));
    return { rows: aggregateWeeks(entries, "FlixPatrol daily Netflix top 10", (c) => (c === "JP" ? ["KOR"] : ["JPN"])), sources: [SOURCES.flixpatrol] };
  },
};
