import { z } from "zod";
import { isoDate, text } from "../src/data/cells";
import { aggregateWeeks } from "./lib/cross-border";
import { input, type DatasetSpec } from "./lib/dataset";
import { parseSource } from "./lib/parse-source";
import { rank } from "./lib/source-cells";
import { assertUnique } from "./lib/unique";
import { SOURCES } from "./lib/sources";

const chartRowSchema = z.object({ chart_date: isoDate, rank: rank(), song_title: text, artist_name: text });

export const hot100Korean: DatasetSpec = {
  id: "hot100-korean",
  kind: "crossBorderWeek",
  title: "Korean acts in Billboard JAPAN's Hot 100",
  description:
    "Chart by chart, 2008 to 2025: how many songs by Korean acts are in Japan's Hot 100, their best rank and which songs.",
  notes: [
    "An entry counts as Korean when its lead (first-credited) act is in the project's reviewed list of Korean acts; every act name on the chart was reviewed, and entries not on the list count as not Korean.",
    "Seven New-Year charts (2009–2015) are missing from the source: those weeks are absent here, not zero.",
    "Names are shown with full-width letters turned into ordinary ones.",
  ],
  files: ["hot100"],
  periodColumn: "week",
  build: (inputs) => {
    const { text, file } = input(inputs, "hot100");
    const rows = parseSource(text, chartRowSchema, file);
    assertUnique(rows, (r) => `${r.chart_date} ${r.rank}`, file, "chart date and rank");
    const korean = inputs.curated.hot100KoreanActs;
    const entries = rows.map((r) => ({
      week: r.chart_date, sample: r.chart_date, country: "JP", category: "Hot 100", rank: r.rank,
      label: `${r.song_title} – ${r.artist_name}`.normalize("NFKC"),
      origin: korean.has(r.artist_name) ? ("KOR" as const) : ("other" as const),
    }));
    return { rows: aggregateWeeks(entries, "Billboard JAPAN Hot 100", () => ["KOR"]), sources: [SOURCES.hot100] };
  },
};
