import type { OriginCounts, Source } from "../../src/data/manifest";
import type { RowKind } from "../../src/data/schemas";
import type { OnlineData, OnlineKey } from "../online/adapters";
import type { Curated } from "./curated";
import type { FileKey } from "./sources";

export type Row = Record<string, string | number | null>;

export type Inputs = {
  files: Partial<Record<FileKey, { text: string; file: string }>>;
  curated: Curated;
  /** What the online sources returned, when the ingest runs with --online. */
  online?: OnlineData;
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
  /** An online source that can refresh the dataset: the files it replaces, and whether it is the only source. */
  online?: { adapter: OnlineKey; replaces: FileKey[]; only?: boolean };
};

export function input(inputs: Inputs, key: FileKey): { text: string; file: string } {
  const found = inputs.files[key];
  if (!found) throw new Error(`input ${key} was not read`);
  return found;
}
