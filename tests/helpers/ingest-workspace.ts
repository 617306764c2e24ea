import { createHash } from "node:crypto";
import { cp, readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { runIngest, type IngestOptions } from "../../scripts/run-ingest";
import { tempDir } from "./temp-dir";

export const FIXTURE_SOURCES = resolve(process.cwd(), "tests/fixtures/sources");
export const FIXTURE_CURATED = resolve(process.cwd(), "tests/fixtures/curated");

/** A scratch copy of the fixture sources and curated tables, and an empty data folder; removed after the test file. */
export async function workspace() {
  const root = await tempDir("kj-ingest-");
  const sources = join(root, "sources");
  const curated = join(root, "curated");
  await cp(FIXTURE_SOURCES, sources, { recursive: true });
  await cp(FIXTURE_CURATED, curated, { recursive: true });
  const out = join(root, "data");
  const ingest = (ids: string[] = [], from: string = sources, options: Partial<IngestOptions> = {}) =>
    runIngest({ ids, from: { folder: from }, out, curatedDir: curated, ...options });
  return { root, sources, curated, out, ingest };
}

/** Relative path → sha256 of every file under a folder, sub-folders included. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const names = entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
  const hashes = await Promise.all(
    names.map(async (name) => [name, createHash("sha256").update(await readFile(join(dir, name))).digest("hex")] as const),
  );
  return Object.fromEntries(hashes);
}

/** The datasets the ingest builds from the fixtures, as file name → text, for serving to components. */
export async function fixtureData(): Promise<Record<string, string>> {
  const ws = await workspace();
  await ws.ingest();
  const names = Object.keys(await snapshot(ws.out));
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(ws.out, n), "utf8")] as const)));
}
