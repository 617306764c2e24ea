import { z } from "zod";
import { isoDate, text } from "../src/data/cells";
import { aggregateWeeks } from "./lib/cross-border";
import { input, type DatasetSpec } from "./lib/dataset";
import { parseSource } from "./lib/parse-source";
import { rank } from "./lib/source-cells";
import { assertUnique } from "./lib/unique";
import { ACT_ORIGIN_RULE } from "./lib/origin-rules";
import { SOURCES } from "./lib/sources";

const chartRowSchema = z.object({ chart_date: isoDate, rank: rank(), song_title: text, artist_name: text });

export const hot100Korean: DatasetSpec = {
  id: "hot100-korean",
  kind: "crossBorderWeek",
  title: "Korean acts in Billboard JAPAN's Hot 100",
  description:
    "Chart by chart, 2008 to 2025: how many distinct songs by Korean acts are in Japan's Hot 100, the chart positions they held, their best rank and which songs.",
  notes: [
    "An entry counts as Korean when its lead (first-credited) act is tagged KOR in the project's reviewed table of acts. Every act name on the chart was reviewed; acts that could pass for Korean but are not under the act rule (JYONGRI, NiziU, MISAMO, …) are in the table with their basis, acts whose launch is not known count in unknownEntries, and every other act counts as not Korean.",
    ACT_ORIGIN_RULE,
    "entries counts distinct songs; slots counts the chart positions they held (the same unless a song is listed twice in one chart).",
    "Seven New-Year charts (2009–2015) are missing from the source: those weeks are absent here, not zero.",
    "Names are shown with full-width letters turned into ordinary ones.",
  ],
  files: ["hot100"],
  periodColumn: "week",
  build: (inputs) => {
    const { text, file } = input(inputs, "hot100");
    const rows = parseSource(text, chartRowSchema, file);
    assertUnique(rows, (r) => `${r.chart_date} ${r.rank}`, file, "chart date and rank");
    const acts = inputs.curated.hot100KoreanActs;
    const entries = rows.map((r) => ({
      week: r.chart_date, sample: r.chart_date, country: "JP", category: "Hot 100", rank: r.rank,
      label: `${r.song_title} – ${r.artist_name}`.normalize("NFKC"),
      origin: acts.get(r.artist_name)?.origin ?? ("other" as const),
    }));
    return { rows: aggregateWeeks(entries, "Billboard JAPAN Hot 100", () => ["KOR"]), sources: [SOURCES.hot100] };
  },
};
