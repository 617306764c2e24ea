import { existsSync } from "node:fs";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestSchema } from "../../src/data/manifest";
import { runIngest } from "../../scripts/run-ingest";
import { snapshot, workspace } from "../helpers/ingest-workspace";
import { tempDir } from "../helpers/temp-dir";

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
      for (const part of entry.parts?.files ?? []) {
        expect(hashes[part.file]).toBe(part.sha256);
        expect((await readFile(join(ws.out, part.file), "utf8")).trimEnd().split("\n")).toEqual([lines[0], ...lines.slice(1).filter((l) => l.split(",")[2] === part.value)]);
      }
    }
    expect(manifest.datasets.find((d) => d.id === "netflix-cross-border")?.parts?.files.map((p) => p.value)).toEqual(["JP", "KR"]);
  });
});

describe("earlier versions", () => {
  it("are kept in data/archive and listed in the manifest when a dataset changes", async () => {
    const ws = await workspace();
    await ws.ingest();
    const first = await readFile(join(ws.out, "hot100-korean.csv"), "utf8");
    const firstHash = (await snapshot(ws.out))["hot100-korean.csv"];
    const chart = join(ws.sources, "billboard-japan-hot100/billboard-japan-hot100_weekly_2008-2025.csv");
    await writeFile(chart, (await readFile(chart, "utf8")) + "2010-02-22,1,ミスター,ＫＡＲＡ,2010-02-22,0\n");
    await ws.ingest();
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(ws.out, "manifest.json"), "utf8")));
    const entry = manifest.datasets.find((d) => d.id === "hot100-korean")!;
    expect(entry.rows).toBe(3);
    expect(entry.versions).toEqual([{ sha256: firstHash, file: `archive/hot100-korean-${firstHash.slice(0, 12)}.csv`, rows: 2 }]);
    expect(await readFile(join(ws.out, entry.versions[0].file), "utf8")).toBe(first);
    expect(manifest.datasets.find((d) => d.id === "events")?.versions).toEqual([]);
  });
});

describe("the shipped data/", () => {
  const shared = resolve(process.cwd(), "../shared/sources");
  it("equals what the ingest builds from ../shared/sources", async () => {
    expect(existsSync(shared), `${shared} must sit beside the project`).toBe(true);
    const out = join(await tempDir("kj-shipped-"), "data");
    await cp("data", out, { recursive: true });
    await runIngest({ ids: [], from: { folder: shared }, out, curatedDir: "data/curated" });
    expect(await snapshot(out)).toEqual(await snapshot("data"));
  }, 60_000);
});
