import { DATASETS } from "./datasets";
import { loadCurated } from "./lib/curated";
import type { Inputs } from "./lib/dataset";
import { filesOf, selectSpecs } from "./lib/select-specs";
import { readSourceFile, type SourceRoot } from "./lib/source-files";
import { FILES } from "./lib/sources";
import { prepare, writeData } from "./lib/write-data";
import { readOnline } from "./online/adapters";
import type { OnlineContext } from "./online/context";

export type IngestOptions = {
  ids: string[];
  from: SourceRoot;
  out: string;
  curatedDir: string;
  log?: (line: string) => void;
  /** Read the datasets' online sources (the publishers' APIs) instead of the files they replace. */
  online?: OnlineContext;
};

/** Build the chosen datasets (all when none is named) and write them only if every one succeeds. */
export async function runIngest({ ids, from, out, curatedDir, log = () => {}, online }: IngestOptions) {
  const specs = selectSpecs(ids, online !== undefined);
  const curated = await loadCurated(curatedDir);
  const fetched = online ? await readOnline(specs.flatMap((s) => (s.online ? [s.online.adapter] : [])), online) : undefined;
  const files: Inputs["files"] = {};
  for (const key of new Set(specs.flatMap((s) => filesOf(s, online !== undefined)))) {
    log(`reading ${key}`);
    files[key] = await readSourceFile(FILES[key], from);
  }
  const prepared = specs.map((spec) => {
    const result = prepare(spec, spec.build({ files, curated, online: fetched }));
    log(`${spec.id}: ${result.entry.rows} rows${result.entry.origins ? `, ${result.entry.origins.unknown + result.entry.origins.untagged} of unknown origin` : ""}`);
    return result;
  });
  await writeData(out, prepared, DATASETS.map((d) => d.id));
  return prepared.map((p) => p.entry);
}
