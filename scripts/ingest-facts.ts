import { factDataset } from "./lib/fact-dataset";

export const facts = factDataset({
  id: "facts",
  title: "All cited figures",
  description:
    "Every single figure the dashboard draws on from reports and the press, one row per figure and source, with the phrase that states it.",
  notes: [
    "Compiled by hand from public pages; each value was checked against the quoted phrase. Where sources disagree, every value is kept with its source.",
  ],
  indicators: "all",
});
