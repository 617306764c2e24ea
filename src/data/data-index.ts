import { z } from "zod/mini";
import { DataError } from "./data-error";
import type { Manifest } from "./manifest";
import { partsSchema } from "./parts";
import { versionSchema } from "./version";
import { ROW_SCHEMAS, type RowKind } from "./schemas";

/** Id of the JSON block in index.html that carries the data index (and what to preload first). */
export const DATA_INDEX_ELEMENT = "data-index";

/** Rows of these kinds name their own source (publisher, title, date, URL), so the index leaves their sources out. */
const ROWS_NAME_SOURCES: readonly RowKind[] = ["observation", "event", "overview"];

/**
 * What the charts need to know of a dataset before drawing it: its file, kind and versions, and, unless its
 * rows name their own, the attribution line of each source. The full manifest (descriptions, columns, terms)
 * loads only when a panel or a download needs it.
 */
export const indexEntrySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  file: z.string(),
  kind: z.enum(Object.keys(ROW_SCHEMAS) as [RowKind, ...RowKind[]]),
  rows: z.int().check(z.nonnegative()),
  bytes: z.int().check(z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  sources: z.array(z.object({ attribution: z.string() })),
  versions: z.array(versionSchema),
  parts: z.optional(partsSchema),
}).check(z.refine((e) => ROWS_NAME_SOURCES.includes(e.kind) || e.sources.length > 0, "a dataset without the attribution of its sources"));
export type IndexEntry = z.infer<typeof indexEntrySchema>;

export type DataIndex = { datasets: IndexEntry[] };

/** The index of a manifest: built with the site, so the first view's files are known without loading the manifest. */
export function toDataIndex(manifest: Manifest): DataIndex {
  return {
    datasets: manifest.datasets.map(({ id, file, kind, rows, bytes, sha256, sources, versions, parts }) => ({
      id, file, kind, rows, bytes, sha256, versions, sources: ROWS_NAME_SOURCES.includes(kind) ? [] : sources.map(({ attribution }) => ({ attribution })),
      ...(parts ? { parts } : {}),
    })),
  };
}

const parsedPages = new WeakMap<Element, unknown[]>();
const checkedEntries = new WeakMap<object, IndexEntry>();
const invalid = (why: string) => new DataError("index.html", null, `the data index is invalid: ${why}`);

/** The index's entries as the page carries them, parsed once per element but not yet checked. */
function rawEntries(doc: Document): unknown[] {
  const element = doc.getElementById(DATA_INDEX_ELEMENT);
  if (!element) throw new DataError("index.html", null, "the data index is missing");
  const known = parsedPages.get(element);
  if (known) return known;
  let json: unknown;
  try {
    json = JSON.parse(element.textContent ?? "");
  } catch {
    throw new DataError("index.html", null, "the data index is not valid JSON");
  }
  const datasets = (json as { datasets?: unknown } | null)?.datasets;
  if (!Array.isArray(datasets)) throw invalid("no list of datasets");
  parsedPages.set(element, datasets);
  return datasets;
}

/** One entry checked against its schema, once: the first screen checks only the few it uses. */
function checkEntry(raw: unknown): IndexEntry {
  const known = typeof raw === "object" && raw !== null ? checkedEntries.get(raw) : undefined;
  if (known) return known;
  const result = indexEntrySchema.safeParse(raw);
  if (!result.success) {
    // Read as the page loads, before zod's English messages are there: the failed check names its field.
    const issue = result.error.issues[0];
    throw invalid(issue ? [issue.path.join("."), issue.message].filter(Boolean).join(": ") : "bad entry");
  }
  checkedEntries.set(raw as object, result.data);
  return result.data;
}

/** The whole index in the page, every entry checked; a missing or broken index is a DataError. */
export function readDataIndex(doc: Document = document): DataIndex {
  return { datasets: rawEntries(doc).map(checkEntry) };
}

/** The entry as of a pinned version (a sha256 prefix): the current file, an archived one, or null if unknown. */
export function resolveVersion(entry: IndexEntry, v: string): IndexEntry | null {
  if (entry.sha256.startsWith(v)) return entry;
  const old = entry.versions.find((version) => version.sha256.startsWith(v));
  // An archived version is one whole file: its parts are not kept.
  return old ? { ...entry, file: old.file, sha256: old.sha256, rows: old.rows, parts: undefined } : null;
}

/** The columns a chart reads one value of (the list's country): a dataset split by one of them loads only that part. */
export type RowFilter = Partial<Record<string, string>>;

/**
 * What to load of a dataset for a chart that reads only the rows `filter` picks: the part of the file holding the
 * filtered value when the dataset is split by one of the filter's columns, else the whole file. The part's rows
 * are exactly the whole file's rows with that value, read with the same schema.
 */
export function loadableEntry(entry: IndexEntry, filter: RowFilter = {}): IndexEntry {
  const value = entry.parts ? filter[entry.parts.column] : undefined;
  const part = value === undefined ? undefined : entry.parts?.files.find((p) => p.value === value);
  return part ? { ...entry, file: part.file, sha256: part.sha256, rows: part.rows, bytes: part.bytes, parts: undefined } : entry;
}

/** A dataset of the page's index by id, as of the pinned version when that version is kept, else the latest. */
export function findEntry(id: string, v?: string, doc: Document = document): IndexEntry | undefined {
  const raw = rawEntries(doc).find((d) => (d as { id?: unknown } | null)?.id === id);
  const latest = raw === undefined ? undefined : checkEntry(raw);
  return latest && v ? (resolveVersion(latest, v) ?? latest) : latest;
}
