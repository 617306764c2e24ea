import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { columnsOf } from "../../src/data/columns";
import { manifestSchema, type Manifest, type ManifestEntry } from "../../src/data/manifest";
import { parseCsv } from "../../src/data/parse-csv";
import { ROW_SCHEMAS } from "../../src/data/schemas";
import { toCsv } from "./csv-out";
import type { Built, DatasetSpec } from "./dataset";

export const MANIFEST_TITLE = "Korea–Japan content trade dashboard: datasets";

/** Serialize a built dataset, check it reads back through the app's schema (those rows are returned), and describe it for the manifest. */
export function prepare(spec: DatasetSpec, built: Built): { entry: ManifestEntry; csv: string; rows: unknown[] } {
  const csv = toCsv(spec.kind, built.rows);
  const file = `${spec.id}.csv`;
  const parsed = parseCsv(csv, ROW_SCHEMAS[spec.kind], file) as Record<string, unknown>[];
  const column = spec.periodColumn;
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
    sha256: createHash("sha256").update(csv).digest("hex"),
    sources: [...built.sources].sort((a, b) => a.id.localeCompare(b.id)),
    notes: [...spec.notes, ...(built.notes ?? [])],
    ...(built.origins ? { origins: built.origins } : {}),
    versions: [],
  };
  return { entry, csv, rows: parsed };
}

export async function readManifest(dataDir: string): Promise<Manifest | null> {
  const text = await readFile(join(dataDir, "manifest.json"), "utf8").catch(() => null);
  return text === null ? null : manifestSchema.parse(JSON.parse(text));
}

/**
 * Write every file to a temporary name first, then rename: a failure leaves the previous data in place.
 * A dataset whose content changed keeps its previous file in data/archive/, listed under versions.
 */
export async function writeData(dataDir: string, prepared: { entry: ManifestEntry; csv: string }[], order: string[]) {
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
  const files = [
    ...prepared.map(({ entry, csv }) => ({ name: entry.file, text: csv })),
    { name: "manifest.json", text: JSON.stringify(manifest, null, 2) + "\n" },
  ];
  const temps = files.map((f) => ({ ...f, temp: join(dataDir, `.${f.name}.${process.pid}.tmp`) }));
  try {
    if (archived.length > 0) await mkdir(join(dataDir, "archive"), { recursive: true });
    for (const a of archived) await copyFile(a.from, a.to);
    for (const f of temps) await writeFile(f.temp, f.text);
    for (const f of temps) await rename(f.temp, join(dataDir, f.name));
  } finally {
    for (const f of temps) await rm(f.temp, { force: true });
  }
}
