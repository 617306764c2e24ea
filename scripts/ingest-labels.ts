import type { DatasetSpec } from "./lib/dataset";

export const labels: DatasetSpec = {
  id: "labels",
  kind: "label",
  title: "Labels for the codes in the data",
  description: "Plain-English names for the indicator, sector, unit and event-category codes used in the datasets.",
  notes: [],
  files: [],
  periodColumn: null,
  build: ({ curated }) => ({
    rows: [...curated.labels].sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key)),
    sources: [
      {
        id: "labels",
        publisher: "Korea–Japan content trade dashboard",
        title: "Labels written for the dashboard (data/curated/labels.csv)",
        url: "data/curated/labels.csv",
        terms: "Part of the dashboard.",
        attribution: "",
        retrieved: "",
        via: "",
        repairs: "",
      },
    ],
  }),
};
