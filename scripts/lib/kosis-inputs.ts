import type { ExtraRows } from "./fact-dataset";
import type { Inputs } from "./dataset";
import { input } from "./dataset";
import { readKosisMusic } from "./kosis-music";
import type { Observation } from "./observations";
import { roundingNote, type RegionalTable } from "./regional-table";

/** The KOSIS regional tables of a build: those read online, or else the copy of the music table. */
export function regionalTables(inputs: Inputs): RegionalTable[] {
  if (inputs.online?.kosis) return inputs.online.kosis;
  const file = input(inputs, "kosisMusic");
  return [readKosisMusic(file.text, file.file)];
}

/** Rows of the KOSIS regional tables for a fact dataset: the music table's copy offline, KOSIS itself online. */
export function kosisRows(rowsOf: (t: RegionalTable) => Observation[], notes: (t: RegionalTable) => string[] = roundingNote): ExtraRows {
  return {
    files: ["kosisMusic"],
    online: { adapter: "kosis", replaces: ["kosisMusic"] },
    build: (inputs) => {
      const tables = regionalTables(inputs);
      return { rows: tables.flatMap(rowsOf), sources: tables.map((t) => t.source), notes: tables.flatMap(notes) };
    },
  };
}
