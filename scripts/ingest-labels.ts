import type { DatasetSpec } from "./lib/dataset";

export const labels: DatasetSpec = {
  id: "labels",
  kind: "label",
  title: "Labels for the codes in the data",
  description: "Names in English, Korean and Japanese for the codes used in the datasets: indicators, sectors, units, measures, directions, countries, event categories and more.",
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
