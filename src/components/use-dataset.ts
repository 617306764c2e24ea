import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import type { z } from "zod/mini";
import { DataError } from "../data/data-error";
import { findEntry, loadableEntry, type IndexEntry, type RowFilter } from "../data/data-index";
import { datasetQuery } from "../data/queries";
import { ROW_SCHEMAS, type RowKind } from "../data/schemas";
import { localized } from "../i18n/localized";
import { useT } from "../i18n/use-t";
import type { Label } from "../lib/observation-series";
import { whenIdle } from "../lib/when-idle";
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

/**
 * One dataset by id: its file, named by the page's data index, loaded and validated. A chart that reads only some
 * rows names them in `filter` (the list's country): of a dataset split by that column, only their part loads. The
 * entry returned is the whole dataset's, which downloads, citations and pinned links name.
 */
export function useDataset<K extends RowKind>(id: string, kind: K, filter?: RowFilter) {
  const v = useViewStore((s) => s.v);
  const { entry, error: missing } = useMemo(() => lookUp(id, kind, v), [id, kind, v]);
  // Keyed by the one value that picks a part, not by the filter object, which is new on every render.
  const column = entry?.parts?.column;
  const value = column === undefined ? undefined : filter?.[column];
  const loaded = useMemo(() => entry && loadableEntry(entry, column === undefined ? {} : { [column]: value }), [entry, column, value]);
  const dataset = useQuery({ ...datasetQuery(loaded ?? PLACEHOLDER), enabled: !!loaded });
  const error = missing ?? dataset.error;
  const { data, refetch } = dataset;
  // One object per change, so that memoised charts re-render only when their dataset does.
  return useMemo(
    () => ({ id, entry, file: loaded?.file, rows: data as RowsOf<K> | undefined, error, isLoading: !error && !data, refetch: () => refetch() }),
    [id, entry, loaded, data, error, refetch],
  );
}
/**
 * Of a dataset split in parts, the parts a chart did not ask for load once its own rows are in and the page is
 * idle: choosing another value (the other country's list) then draws at once.
 */
export function usePrefetchParts(entry: IndexEntry | undefined, ready: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    const parts = entry?.parts;
    if (!ready || !entry || !parts) return;
    return whenIdle(() => {
      for (const part of parts.files) void client.prefetchQuery(datasetQuery(loadableEntry(entry, { [parts.column]: part.value })));
    });
  }, [client, entry, ready]);
}

export type DatasetState<K extends RowKind> = ReturnType<typeof useDataset<K>>;

/** Names of data codes in the page's language, from the labels dataset; an unlabelled code shows as itself. */
export function useLabels(): Label {
  const labels = useDataset("labels", "label");
  const { lang } = useT();
  return useMemo(() => {
    const map = new Map((labels.rows ?? []).map((l) => [`${l.kind}:${l.key}`, localized(l, "label", lang)]));
    return (kind, key) => map.get(`${kind}:${key}`) ?? key;
  }, [labels.rows, lang]);
}

const PLACEHOLDER: IndexEntry = { id: "", file: "", kind: "observation", rows: 0, bytes: 0, sha256: "0".repeat(64), sources: [], versions: [] };
