import { factDataset } from "./lib/fact-dataset";

export const facts = factDataset({
  id: "facts",
  title: "All cited figures",
  description:
    "Every single figure the dashboard draws on from reports and the press, one row per figure and source, with the phrase that states it.",
  notes: [
    "Compiled by hand from public pages; each value was checked against the quoted phrase. Where sources disagree, every value is kept with its source.",
    "Each figure's period (full calendar or fiscal year, part of a year, running total to a date, snapshot or unknown), status and quality are in their own columns; a source read in a copy names the copy, and a copy of another release says so in the note.",
  ],
  indicators: "all",
});
