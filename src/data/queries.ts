import { queryOptions } from "@tanstack/react-query";
import { fetchText } from "./fetch-data";
import type { IndexEntry } from "./data-index";
import { parseCsv, parseCsvOffThread } from "./parse-csv";
import { reportProgress } from "./progress";
import { ROW_SCHEMAS } from "./schemas";
import { withIssueMessages } from "./zod-messages";

/** Files above this size are parsed in a worker so the page stays responsive. */
const WORKER_THRESHOLD = 1_000_000;

/**
 * The queries never pass an abort signal to fetch: a chart that unmounts while its file is still loading (a view
 * change, a chart drawn in turn) must not cancel the download and make the next reader fetch the file again.
 */
export const datasetQuery = (entry: IndexEntry) =>
  queryOptions({
    queryKey: ["dataset", entry.id, entry.sha256],
    queryFn: async () => {
      const text = await fetchText(entry.file, undefined, entry.sha256, (f) => reportProgress(entry.file, f));
      const schema = ROW_SCHEMAS[entry.kind];
      if (entry.bytes > WORKER_THRESHOLD) return parseCsvOffThread(text, schema, entry.file);
      return withIssueMessages(() => parseCsv(text, schema, entry.file));
    },
    staleTime: Infinity,
  });

