import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestSchema } from "../../src/data/manifest";
import { tmpdir } from "node:os";
import { runIngest } from "../../scripts/run-ingest";
import { snapshot, workspace } from "../helpers/ingest-workspace";

describe("ingest output", () => {
  it("is byte-identical from one run to the next", async () => {
    const ws = await workspace();
    await ws.ingest();
    const first = await snapshot(ws.out);
    await ws.ingest();
    expect(await snapshot(ws.out)).toEqual(first);
    expect(Object.keys(first)).toContain("manifest.json");
  });

  it("rebuilds one dataset without touching the others", async () => {
    const ws = await workspace();
    await ws.ingest();
    const before = await snapshot(ws.out);
    await ws.ingest(["events"]);
    expect(await snapshot(ws.out)).toEqual(before);
    await expect(ws.ingest(["no-such-dataset"])).rejects.toThrow(/unknown dataset no-such-dataset/);
  });

  it("describes every file in the manifest with its real hash and row count", async () => {
    const ws = await workspace();
    await ws.ingest();
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(ws.out, "manifest.json"), "utf8")));
    const hashes = await snapshot(ws.out);
    for (const entry of manifest.datasets) {
      expect(hashes[entry.file]).toBe(entry.sha256);
      const lines = (await readFile(join(ws.out, entry.file), "utf8")).trimEnd().split("\n");
      expect(lines.length - 1).toBe(entry.rows);
      expect(entry.sources.length).toBeGreaterThan(0);
    }
  });
});

describe("the shipped data/", () => {
  const shared = resolve(process.cwd(), "../shared/sources");
  it("equals what the ingest builds from ../shared/sources", async () => {
    expect(existsSync(shared), `${shared} must sit beside the project`).toBe(true);
    const out = await mkdtemp(join(tmpdir(), "kj-shipped-"));
    await runIngest({ ids: [], from: { folder: shared }, out, curatedDir: "data/curated" });
    const built = await snapshot(out);
    expect(built).toEqual(await snapshot("data"));
  }, 60_000);
});
