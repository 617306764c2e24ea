import type { DatasetSpec } from "./lib/dataset";
import { citedSources, publisherWithVia } from "./lib/observations";

export const events: DatasetSpec = {
  id: "events",
  kind: "event",
  title: "Timeline of Korea–Japan events",
  description:
    "Diplomatic, policy, cultural and trade events that frame the content flows between Korea and Japan: from the 1998 joint declaration and Korea's step-by-step opening to Japanese pop culture to the 2025 anniversary.",
  notes: ["Dates are as precise as the sources allow (year, month or day). Periods have an end date."],
  files: [],
  periodColumn: "date",
  build: ({ curated }) => {
    const rows = [...curated.events]
      .sort((a, b) => (a.date === b.date ? a.title.localeCompare(b.title) : a.date < b.date ? -1 : 1))
      .map((event) => {
        const citations = event.sourceIds.split(";").map((id) => curated.citations.get(id)!);
        return {
          ...event,
          sourcePublishers: citations.map(publisherWithVia).join("; "),
          sourceUrls: citations.map((c) => c.url).join(" "),
        };
      });
    const ids = rows.flatMap((r) => r.sourceIds.split(";").map((sourceId) => ({ sourceId })));
    return { rows, sources: citedSources(ids, curated) };
  },
};
