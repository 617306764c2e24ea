import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { columnsOf } from "../../src/data/columns";
import { manifestSchema, type Manifest, type ManifestEntry } from "../../src/data/manifest";
import type { Parts } from "../../src/data/parts";
import { parseCsv } from "../../src/data/parse-csv";
import { ROW_SCHEMAS } from "../../src/data/schemas";
import { toCsv } from "./csv-out";
import type { Built, DatasetSpec, Row } from "./dataset";

/** Folder of data/ holding the parts of split datasets. */
const PARTS_DIR = "parts";

type File = { name: string; text: string };
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The rows of each value of `column`, in order of first appearance, each as a file of its own: every row of the
 * dataset is in exactly one part, with the same cells as in the whole file.
 */
function split(spec: DatasetSpec, rows: Row[], column: string): { parts: Parts; files: File[] } {
  const byValue = new Map<string, Row[]>();
  for (const [i, row] of rows.entries()) {
    const value = row[column];
    if (value === null || value === undefined || value === "") throw new Error(`${spec.id}: row ${i + 1} has no ${column}, which the dataset is split by`);
    const key = String(value);
    const part = byValue.get(key);
    if (part) part.push(row);
    else byValue.set(key, [row]);
  }
  const files = [...byValue].map(([value, part]) => ({ value, name: `${PARTS_DIR}/${spec.id}-${value.toLowerCase()}.csv`, text: toCsv(spec.kind, part), rows: part.length }));
  return {
    parts: { column, files: files.map((f) => ({ value: f.value, file: f.name, rows: f.rows, bytes: Buffer.byteLength(f.text), sha256: sha256(f.text) })) },
    files: files.map(({ name, text }) => ({ name, text })),
  };
}

export const MANIFEST_TITLE = "Korea–Japan content trade dashboard: datasets";

export type Prepared = { entry: ManifestEntry; csv: string; rows: unknown[]; parts: File[] };

/**
 * Serialize a built dataset (and its parts, when it is split), check it reads back through the app's schema (those
 * rows are returned), and describe it for the manifest.
 */
export function prepare(spec: DatasetSpec, built: Built): Prepared {
  const csv = toCsv(spec.kind, built.rows);
  const file = `${spec.id}.csv`;
  const parsed = parseCsv(csv, ROW_SCHEMAS[spec.kind], file) as Record<string, unknown>[];
  const column = spec.periodColumn;
  const divided = spec.splitBy === undefined ? undefined : split(spec, built.rows, spec.splitBy);
  const periods = (column === null ? [] : parsed.map((row) => row[column])).filter((p) => p !== null && p !== "").map(String).sort();
  const entry: ManifestEntry = {
    id: spec.id,
    file,
    kind: spec.kind,
    title: spec.title,
    description: spec.description,
    columns: columnsOf(spec.kind),
    coverage: { start: periods[0] ?? "", end: periods.at(-1) ?? "" },
    rows: parsed.length,
    bytes: Buffer.byteLength(csv),
    sha256: sha256(csv),
    sources: [...built.sources].sort((a, b) => a.id.localeCompare(b.id)),
    notes: [...spec.notes, ...(built.notes ?? [])],
    ...(built.origins ? { origins: built.origins } : {}),
    ...(divided ? { parts: divided.parts } : {}),
    versions: [],
  };
  return { entry, csv, rows: parsed, parts: divided?.files ?? [] };
}

export async function readManifest(dataDir: string): Promise<Manifest | null> {
  const text = await readFile(join(dataDir, "manifest.json"), "utf8").catch(() => null);
  return text === null ? null : manifestSchema.parse(JSON.parse(text));
}

/**
 * Write every file to a temporary name first, then rename: a failure leaves the previous data in place.
 * A dataset whose content changed keeps its previous file in data/archive/, listed under versions.
 */
export async function writeData(dataDir: string, prepared: Omit<Prepared, "rows">[], order: string[]) {
  await mkdir(dataDir, { recursive: true });
  const previous = (await readManifest(dataDir))?.datasets ?? [];
  const byId = new Map(previous.map((entry) => [entry.id, entry]));
  const archived: { from: string; to: string }[] = [];
  for (const { entry } of prepared) {
    const before = byId.get(entry.id);
    entry.versions = before?.versions ?? [];
    if (before && before.sha256 !== entry.sha256 && !entry.versions.some((v) => v.sha256 === before.sha256)) {
      const file = `archive/${before.id}-${before.sha256.slice(0, 12)}.csv`;
      archived.push({ from: join(dataDir, before.file), to: join(dataDir, file) });
      entry.versions = [{ sha256: before.sha256, file, rows: before.rows }, ...entry.versions];
    }
    byId.set(entry.id, entry);
  }
  const manifest: Manifest = {
    title: MANIFEST_TITLE,
    datasets: order.filter((id) => byId.has(id)).map((id) => byId.get(id)!),
  };
  const files: File[] = [
    ...prepared.flatMap(({ entry, csv, parts }) => [{ name: entry.file, text: csv }, ...parts]),
    { name: "manifest.json", text: JSON.stringify(manifest, null, 2) + "\n" },
  ];
  const temps = files.map((f) => ({ ...f, temp: join(dataDir, f.name.replace(/[^/]+$/, (base) => `.${base}.${process.pid}.tmp`)) }));
  // Parts the previous manifest listed and the new one does not (a value gone from the rows).
  const listed = new Set(manifest.datasets.flatMap((d) => d.parts?.files.map((p) => p.file) ?? []));
  const stale = previous.flatMap((d) => d.parts?.files.map((p) => p.file) ?? []).filter((file) => !listed.has(file));
  try {
    if (archived.length > 0) await mkdir(join(dataDir, "archive"), { recursive: true });
    if (prepared.some((p) => p.parts.length > 0)) await mkdir(join(dataDir, PARTS_DIR), { recursive: true });
    for (const a of archived) await copyFile(a.from, a.to);
    for (const f of temps) await writeFile(f.temp, f.text);
    for (const f of temps) await rename(f.temp, join(dataDir, f.name));
    for (const name of stale) await rm(join(dataDir, name), { force: true });
  } finally {
    for (const f of temps) await rm(f.temp, { force: true });
  }
}
