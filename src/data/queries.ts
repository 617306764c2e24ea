import { queryOptions } from "@tanstack/react-query";
import { DataError } from "./data-error";
import { fetchText } from "./fetch-data";
import { manifestSchema, type ManifestEntry } from "./manifest";
import { parseCsv } from "./parse-csv";
import { ROW_SCHEMAS } from "./schemas";

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
    queryFn: async ({ signal }) => parseCsv(await fetchText(entry.file, signal, entry.sha256), ROW_SCHEMAS[entry.kind], entry.file),
    staleTime: Infinity,
  });
