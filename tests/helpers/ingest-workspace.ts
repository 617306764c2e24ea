import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { OnlineContext } from "../../scripts/online/context";
import { runIngest } from "../../scripts/run-ingest";

export const FIXTURE_SOURCES = resolve(process.cwd(), "tests/fixtures/sources");
export const FIXTURE_CURATED = resolve(process.cwd(), "tests/fixtures/curated");

/** A scratch copy of the fixture sources and curated tables, and an empty data folder. */
export async function workspace() {
  const root = await mkdtemp(join(tmpdir(), "kj-ingest-"));
  const sources = join(root, "sources");
  const curated = join(root, "curated");
  await cp(FIXTURE_SOURCES, sources, { recursive: true });
  await cp(FIXTURE_CURATED, curated, { recursive: true });
  const out = join(root, "data");
  const ingest = (ids: string[] = [], from = sources, online?: OnlineContext) =>
    runIngest({ ids, from: { folder: from }, out, curatedDir: curated, online });
  return { root, sources, curated, out, ingest };
}

/** File name → sha256 of every file directly in a folder. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  const entries = await Promise.all(
    names.map(async (name) => [name, createHash("sha256").update(await readFile(join(dir, name))).digest("hex")] as const),
  );
  return Object.fromEntries(entries);
}

/** The datasets the ingest builds from the fixtures, as file name → text, for serving to components. */
export async function fixtureData(): Promise<Record<string, string>> {
  const ws = await workspace();
  await ws.ingest();
  const names = Object.keys(await snapshot(ws.out));
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(ws.out, n), "utf8")] as const)));
}
