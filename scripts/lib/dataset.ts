import type { OriginCounts, Source } from "../../src/data/manifest";
import type { z } from "zod";
import type { ROW_SCHEMAS, RowKind } from "../../src/data/schemas";
import type { OnlineData, OnlineKey } from "../online/adapters";
import type { Curated } from "./curated";
import type { FileKey } from "./sources";

export type Row = Record<string, string | number | null>;

/** A dataset's rows as the app reads them (parsed by its kind's schema), with the sources its manifest entry names. */
export type DatasetRows = { kind: RowKind; rows: unknown[]; sources: Source[] };

export type Inputs = {
  files: Partial<Record<FileKey, { text: string; file: string }>>;
  curated: Curated;
  /** What the online sources returned, when the ingest runs with --online. */
  online?: OnlineData;
  /** For a dataset made from others (`derivedFrom`): their rows, built earlier in the same run or as published. */
  datasets?: Record<string, DatasetRows>;
};

export type Built = {
  rows: Row[];
  sources: Source[];
  origins?: OriginCounts;
  notes?: string[];
};

/** A dataset the ingest builds: what it reads, how it transforms, and how the manifest describes it. */
export type DatasetSpec = {
  id: string;
  kind: RowKind;
  title: string;
  description: string;
  notes: string[];
  files: FileKey[];
  /** Column holding the period, for coverage; null for a dataset with no time. */
  periodColumn: string | null;
  build: (inputs: Inputs) => Built;
  /**
   * A column whose values each chart reads one at a time (a list's country): the rows of each value are also
   * written to a file of their own, which such a chart loads instead of the whole dataset.
   */
  splitBy?: string;
  /** Datasets whose rows this one is made from: it is built after them, and again whenever one of them is. */
  derivedFrom?: string[];
  /** An online source that can refresh the dataset: the files it replaces, and whether it is the only source. */
  online?: { adapter: OnlineKey; replaces: FileKey[]; only?: boolean };
};

export function input(inputs: Inputs, key: FileKey): { text: string; file: string } {
  const found = inputs.files[key];
  if (!found) throw new Error(`input ${key} was not read`);
  return found;
}

/** The rows of a dataset a derived dataset is made from, typed by the kind they were parsed as. */
export function datasetRows<K extends RowKind>(inputs: Inputs, id: string, kind: K): { rows: z.infer<(typeof ROW_SCHEMAS)[K]>[]; sources: Source[] } {
  const found = inputs.datasets?.[id];
  if (!found) throw new Error(`dataset ${id} was not read`);
  if (found.kind !== kind) throw new Error(`dataset ${id} holds ${found.kind} rows, not ${kind} rows`);
  return { rows: found.rows as z.infer<(typeof ROW_SCHEMAS)[K]>[], sources: found.sources };
}
