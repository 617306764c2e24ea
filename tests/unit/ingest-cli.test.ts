import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { snapshot, workspace } from "../helpers/ingest-workspace";

/** `npm run ingest` as a user runs it: the exit code and what it prints. */
function ingest(args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], { encoding: "utf8" });
  return { status: run.status, stderr: run.stderr };
}

// Each test runs the ingest as its own process, which takes several seconds on a busy machine.
describe("npm run ingest", { timeout: 60_000 }, () => {
  it("exits non-zero naming a missing --from folder, and writes nothing", async () => {
    const ws = await workspace();
    await ws.ingest();
    const before = await snapshot(ws.out);
    const missing = join(ws.root, "snapshots");
    const run = ingest(["--from", missing, "--out", ws.out, "--curated", ws.curated]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ingest failed: ${missing}: folder not found (given as --from)`);
    expect(run.stderr).toContain("Nothing was written");
    expect(await snapshot(ws.out)).toEqual(before);
  });

  it("exits non-zero on a malformed source, naming its file, line, column and reason", async () => {
    const ws = await workspace();
    await ws.ingest();
    const before = await snapshot(ws.out);
    const chart = join(ws.sources, "billboard-japan-hot100/billboard-japan-hot100_weekly_2008-2025.csv");
    await writeFile(chart, (await readFile(chart, "utf8")).replace("2010-02-15,1,", "2023-02-30,1,"));
    const run = ingest(["--from", ws.sources, "--out", ws.out, "--curated", ws.curated]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${chart}, line 5: column "chart_date": no such day in the calendar (got "2023-02-30")`);
    expect(await snapshot(ws.out)).toEqual(before);
  });

  it("from the publishers' URLs, builds what it can and lists what it skipped and the snapshot each needs", async () => {
    const ws = await workspace();
    await ws.ingest();
    const before = await snapshot(ws.out);
    const run = ingest(["events", "hot100-korean", "--out", ws.out, "--curated", ws.curated]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`wrote 1 dataset (events) and ${ws.out}/manifest.json`);
    expect(run.stderr).toContain(`skipped 1 dataset whose publishers offer no download; their files in ${ws.out}/ are as they were:`);
    expect(run.stderr).toContain("hot100-korean needs billboard-japan-hot100/billboard-japan-hot100_weekly_2008-2025.csv under a --from folder");
    expect(await snapshot(ws.out)).toEqual(before);
  });
});
