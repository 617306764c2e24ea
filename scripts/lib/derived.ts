import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DataError } from "../../src/data/data-error";
import type { ManifestEntry } from "../../src/data/manifest";
import { parseCsv } from "../../src/data/parse-csv";
import { ROW_SCHEMAS } from "../../src/data/schemas";
import type { DatasetRows, DatasetSpec } from "./dataset";

/**
 * The datasets of a run, with every dataset made from one of them added (so it never lags behind its sources),
 * the derived ones last, after the datasets they read.
 */
export function withDerived(specs: DatasetSpec[], all: DatasetSpec[]): DatasetSpec[] {
  const ids = new Set(specs.map((s) => s.id));
  const derived = all.filter((d) => d.derivedFrom && (ids.has(d.id) || d.derivedFrom.some((id) => ids.has(id))));
  return [...specs.filter((s) => !s.derivedFrom), ...derived];
}

/** What a built dataset offers to the datasets made from it. */
export const builtRows = (entry: ManifestEntry, rows: unknown[]): DatasetRows => ({ kind: entry.kind, rows, sources: entry.sources });

/**
 * The rows a derived dataset is made from: those built earlier in this run, or else the published file in the output
 * folder, read through the app's schema like any published dataset.
 */
export async function derivedInputs(spec: DatasetSpec, built: Map<string, DatasetRows>, out: string, published: ManifestEntry[]) {
  const datasets: Record<string, DatasetRows> = {};
  for (const id of spec.derivedFrom ?? []) datasets[id] = built.get(id) ?? (await readPublished(spec.id, id, out, published));
  return datasets;
}

async function readPublished(derived: string, id: string, out: string, published: ManifestEntry[]): Promise<DatasetRows> {
  const entry = published.find((e) => e.id === id);
  const file = join(out, entry?.file ?? `${id}.csv`);
  const text = entry ? await readFile(file, "utf8").catch(() => null) : null;
  if (!entry || text === null) throw new DataError(file, null, `${derived} is made from ${id}: build ${id} in the same run, or keep its published file and manifest entry`);
  return builtRows(entry, parseCsv(text, ROW_SCHEMAS[entry.kind], file));
}
