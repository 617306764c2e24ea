import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { DataError } from "../data/data-error";
import type { ManifestEntry } from "../data/manifest";
import { datasetQuery, manifestQuery, resolveVersion } from "../data/queries";
import { ROW_SCHEMAS, type RowKind } from "../data/schemas";
import { useViewStore } from "../state/view-store";

export type RowsOf<K extends RowKind> = z.infer<(typeof ROW_SCHEMAS)[K]>[];

/** One dataset by id: the manifest first, then the file it names. */
export function useDataset<K extends RowKind>(id: string, kind: K) {
  const manifest = useQuery(manifestQuery());
  const v = useViewStore((s) => s.v);
  const latest = manifest.data?.datasets.find((d) => d.id === id);
  const entry = latest && v ? (resolveVersion(latest, v) ?? latest) : latest;
  const missing = manifest.isSuccess && (!entry || entry.kind !== kind);
  const dataset = useQuery({ ...datasetQuery(entry ?? PLACEHOLDER), enabled: !!entry && !missing });
  const error = manifest.error ?? (missing ? new DataError("manifest.json", null, `no dataset "${id}" of kind ${kind}`) : dataset.error);
  return {
    id,
    entry,
    rows: dataset.data as RowsOf<K> | undefined,
    error,
    isLoading: !error && !dataset.data,
    refetch: () => (manifest.isError ? manifest.refetch() : dataset.refetch()),
  };
}
export type DatasetState<K extends RowKind> = ReturnType<typeof useDataset<K>>;

const PLACEHOLDER = { id: "", file: "", kind: "observation", sha256: "0".repeat(64), bytes: 0 } as ManifestEntry;
