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

export const flixpatrol2020: DatasetSpec = {
  id: "flixpatrol-2020",
  kind: "crossBorderWeek",
  title: "Korean titles in Japan's daily Netflix top 10, Japanese in Korea's, 2020 (FlixPatrol)",
  description:
    "Week by week, March to August 2020: how many Korean titles appeared in the daily Netflix top 10 in Japan and Japanese titles in South Korea's, as recorded by FlixPatrol. A different measure from Netflix's own weekly lists, which start in July 2021.",
  notes: [
    "FlixPatrol records the daily rows of each country's Netflix app; these are not Netflix's official weekly lists and are never joined to them.",
    "Origin is FlixPatrol's production country for the title. Its title matching has known errors (e.g. the Japanese film Kingdom matched to a US series).",
    "Aggregated from daily lists into Monday–Sunday weeks; samples gives the days in each week.",
  ],
  files: ["flixpatrol"],
  periodColumn: "week",
  build: (inputs) => {
    const { text, file } = input(inputs, "flixpatrol");
    const rows = parseSource(text, dailyRowSchema, file);
    assertUnique(rows, (r) => `${r.country} ${r.date} ${r.list} ${r.rank}`, file, "country, date, list and rank");
    const entries = rows.map((r) => ({
      week: mondayOf(r.date), sample: r.date, country: r.country === "Japan" ? "JP" : "KR", category: r.list, rank: r.rank,
      label: r.title, origin: r.meta_country === "" ? ("unknown" as const) : (ORIGIN_BY_COUNTRY[r.meta_country] ?? ("other" as const)),
    }));
    return { rows: aggregateWeeks(entries, "FlixPatrol daily Netflix top 10", (c) => (c === "JP" ? ["KOR"] : ["JPN"])), sources: [SOURCES.flixpatrol] };
  },
};
