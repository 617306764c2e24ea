import { queryOptions, useQuery } from "@tanstack/react-query";
import { DataError } from "./data-error";
import { fetchText } from "./fetch-data";
import { manifestSchema, type ManifestEntry } from "./manifest";
import { parseCsv, parseCsvOffThread } from "./parse-csv";
import { reportProgress } from "./progress";
import { ROW_SCHEMAS, type RowKind } from "./schemas";
import type { z } from "zod";

/** Files above this size are parsed in a worker so the page stays responsive. */
const WORKER_THRESHOLD = 1_000_000;

export const manifestQuery = () =>
  queryOptions({
    queryKey: ["manifest"],
    queryFn: async ({ signal }) => {
      const text = await fetchText("manifest.json", signal);
      const parsed = manifestSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new DataError("manifest.json", null, parsed.error.issues[0]?.message ?? "invalid");
      return parsed.data;
    },
    staleTime: Infinity,
  });

export const datasetQuery = (entry: ManifestEntry) =>
  queryOptions({
    queryKey: ["dataset", entry.id, entry.sha256],
    queryFn: async ({ signal }) => {
      const text = await fetchText(entry.file, signal, entry.sha256, (f) => reportProgress(entry.file, f));
      const schema = ROW_SCHEMAS[entry.kind];
      return entry.bytes > WORKER_THRESHOLD ? parseCsvOffThread(text, schema, entry.file) : parseCsv(text, schema, entry.file);
    },
    staleTime: Infinity,
  });

export type RowsOf<K extends RowKind> = z.infer<(typeof ROW_SCHEMAS)[K]>[];

/** One dataset by id: the manifest first, then the file it names. */
export function useDataset<K extends RowKind>(id: string, kind: K) {
  const manifest = useQuery(manifestQuery());
  const entry = manifest.data?.datasets.find((d) => d.id === id);
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
