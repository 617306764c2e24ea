import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { z } from "zod/mini";
import { DataError } from "../data/data-error";
import { findEntry, type IndexEntry } from "../data/data-index";
import { datasetQuery } from "../data/queries";
import { ROW_SCHEMAS, type RowKind } from "../data/schemas";
import { useViewStore } from "../state/view-store";

export type RowsOf<K extends RowKind> = z.infer<(typeof ROW_SCHEMAS)[K]>[];

/** The index entry of a dataset, or why there is none. */
function lookUp(id: string, kind: RowKind, v: string | undefined): { entry?: IndexEntry; error?: unknown } {
  try {
    const entry = findEntry(id, v);
    if (!entry || entry.kind !== kind) return { error: new DataError("data index", null, `no dataset "${id}" of kind ${kind}`) };
    return { entry };
  } catch (error) {
    return { error };
  }
}

/** One dataset by id: its file, named by the page's data index, loaded and validated; `wanted` false holds the download back. */
export function useDataset<K extends RowKind>(id: string, kind: K, wanted = true) {
  const v = useViewStore((s) => s.v);
  const { entry, error: missing } = useMemo(() => lookUp(id, kind, v), [id, kind, v]);
  const dataset = useQuery({ ...datasetQuery(entry ?? PLACEHOLDER), enabled: !!entry && wanted });
  const error = missing ?? dataset.error;
  const { data, refetch } = dataset;
  // One object per change, so that memoised charts re-render only when their dataset does.
  return useMemo(
    () => ({ id, entry, rows: data as RowsOf<K> | undefined, error, isLoading: !error && !data, refetch: () => refetch() }),
    [id, entry, data, error, refetch],
  );
}
export type DatasetState<K extends RowKind> = ReturnType<typeof useDataset<K>>;

const PLACEHOLDER: IndexEntry = { id: "", file: "", kind: "observation", rows: 0, bytes: 0, sha256: "0".repeat(64), sources: [], versions: [] };
