import { DATASETS } from "./datasets";
import { loadCurated } from "./lib/curated";
import type { DatasetRows, DatasetSpec, Inputs } from "./lib/dataset";
import { builtRows, derivedInputs, withDerived } from "./lib/derived";
import { filesOf, selectSpecs } from "./lib/select-specs";
import { checkShrink } from "./lib/shrink";
import { assertFolder, readSourceFile, snapshotPath, type SourceRoot } from "./lib/source-files";
import { FILES } from "./lib/sources";
import { prepare, readManifest, writeData } from "./lib/write-data";
import { readOnline } from "./online/adapters";
import type { OnlineContext } from "./online/context";

export type IngestOptions = {
  ids: string[];
  from: SourceRoot;
  out: string;
  curatedDir: string;
  /** Publish a dataset even when it has no rows or under half the rows of its published version. */
  allowShrink?: boolean;
  log?: (line: string) => void;
  /** Read the datasets' online sources (the publishers' APIs) instead of the files they replace. */
  online?: OnlineContext;
};

/** A dataset left out of a run from the publishers' URLs: the local snapshots it needs. */
export type Skipped = { id: string; needs: string[] };

/**
 * Build the chosen datasets (all when none is named) and write them only if every one succeeds.
 * From the web, a dataset whose source has no public download is skipped and its published files stay as they are.
 * A dataset made from others is rebuilt with them, from their new rows (or the published ones of those not rebuilt).
 */
export async function runIngest({ ids, from, out, curatedDir, allowShrink = false, log = () => {}, online }: IngestOptions) {
  const chosen = selectSpecs(ids, online !== undefined);
  if ("folder" in from) await assertFolder(from.folder, "--from");
  await assertFolder(curatedDir, "--curated");
  const skipped = "web" in from ? chosen.flatMap((spec) => needsSnapshot(spec, online !== undefined)) : [];
  const specs = withDerived(chosen.filter((spec) => !skipped.some((s) => s.id === spec.id)), DATASETS);
  if (specs.length === 0) throw new Error(`nothing to build from the publishers' URLs: ${describeSkipped(skipped).join("; ")}`);
  const curated = await loadCurated(curatedDir);
  const fetched = online ? await readOnline(specs.flatMap((s) => (s.online ? [s.online.adapter] : [])), online) : undefined;
  const files: Inputs["files"] = {};
  for (const key of new Set(specs.flatMap((s) => filesOf(s, online !== undefined)))) {
    log(`reading ${key}`);
    files[key] = await readSourceFile(FILES[key], from);
  }
  const published = await readManifest(out);
  const built = new Map<string, DatasetRows>();
  const prepared = [];
  for (const spec of specs) {
    const datasets = await derivedInputs(spec, built, out, published?.datasets ?? []);
    const result = prepare(spec, spec.build({ files, curated, online: fetched, datasets }));
    log(`${spec.id}: ${result.entry.rows} rows${result.entry.origins ? `, ${result.entry.origins.unknown + result.entry.origins.untagged} of unknown origin` : ""}`);
    built.set(spec.id, builtRows(result.entry, result.rows));
    prepared.push(result);
  }
  checkShrink(prepared.map((p) => p.entry), published, out, allowShrink);
  await writeData(out, prepared, DATASETS.map((d) => d.id));
  return { written: prepared.map((p) => p.entry), skipped };
}

function needsSnapshot(spec: DatasetSpec, online: boolean): Skipped[] {
  const needs = filesOf(spec, online).filter((key) => FILES[key].url === null).map((key) => snapshotPath(FILES[key]));
  return needs.length > 0 ? [{ id: spec.id, needs }] : [];
}

/** One line per skipped dataset: which snapshot files it needs under a --from folder. */
export function describeSkipped(skipped: Skipped[]): string[] {
  return skipped.map((s) => `${s.id} needs ${s.needs.join(" and ")} under a --from folder`);
}
