import { DATASETS } from "./datasets";
import { loadCurated } from "./lib/curated";
import type { Inputs } from "./lib/dataset";
import { readSourceFile, type SourceRoot } from "./lib/source-files";
import { FILES, type FileKey } from "./lib/sources";
import { prepare, writeData } from "./lib/write-data";

export type IngestOptions = { ids: string[]; from: SourceRoot; out: string; curatedDir: string; log?: (line: string) => void };

/** Build the chosen datasets (all when none is named) and write them only if every one succeeds. */
export async function runIngest({ ids, from, out, curatedDir, log = () => {} }: IngestOptions) {
  const unknown = ids.filter((id) => !DATASETS.some((d) => d.id === id));
  if (unknown.length > 0) {
    throw new Error(`unknown dataset ${unknown.join(", ")}; known: ${DATASETS.map((d) => d.id).join(", ")}`);
  }
  const specs = ids.length === 0 ? DATASETS : DATASETS.filter((d) => ids.includes(d.id));
  const curated = await loadCurated(curatedDir);
  const files: Inputs["files"] = {};
  for (const key of new Set(specs.flatMap((s) => s.files)) as Set<FileKey>) {
    log(`reading ${key}`);
    files[key] = await readSourceFile(FILES[key], from);
  }
  const prepared = specs.map((spec) => {
    const result = prepare(spec, spec.build({ files, curated }));
    log(`${spec.id}: ${result.entry.rows} rows${result.entry.origins ? `, ${result.entry.origins.unknown + result.entry.origins.untagged} of unknown origin` : ""}`);
    return result;
  });
  await writeData(out, prepared, DATASETS.map((d) => d.id));
  return prepared.map((p) => p.entry);
}
