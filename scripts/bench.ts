import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { parseCsv } from "../src/data/parse-csv";
import { ROW_SCHEMAS } from "../src/data/schemas";
import { compareToFloor, firstLoadSizes } from "./bench-first-load";
import { benchRedraw } from "./bench-redraw";
import { runIngest } from "./run-ingest";

/**
 * Prints figures: ingest time, parse times, the size of the published data and of the built app, the JavaScript
 * of each view's first load, first chart and bytes against the bare stack (../shared/bench), and redraw times.
 * Run after `npm run build`.
 */
async function main() {
  const out = await mkdtemp(join(tmpdir(), "kj-bench-"));
  try {
    await measure(out);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function measure(out: string) {
  const shared = resolve("../shared/sources");
  let start = performance.now();
  const { written: entries } = await runIngest({ ids: [], from: { folder: shared }, out, curatedDir: "data/curated" });
  console.log(`ingest, all ${entries.length} datasets: ${(performance.now() - start).toFixed(0)} ms`);

  for (const entry of [...entries].sort((a, b) => b.bytes - a.bytes).slice(0, 3)) {
    const text = await readFile(join(out, entry.file), "utf8");
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      start = performance.now();
      parseCsv(text, ROW_SCHEMAS[entry.kind], entry.file);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`parse + validate ${entry.file} (${(entry.bytes / 1024).toFixed(0)} KB, ${entry.rows} rows): median ${times[2].toFixed(1)} ms`);
  }

  const manifest = (await stat(join(out, "manifest.json"))).size;
  const total = entries.reduce((sum, e) => sum + e.bytes, 0);
  console.log(`published data: ${(total / 1024).toFixed(0)} KB in ${entries.length} CSV files, manifest ${(manifest / 1024).toFixed(0)} KB`);

  const assets = await readdir("dist/assets").catch(() => null);
  if (!assets) return console.log("no dist/: run `npm run build` first for bundle sizes");
  for (const name of assets.filter((n) => n.endsWith(".js")).sort()) {
    const bytes = await readFile(join("dist/assets", name));
    console.log(`bundle ${name}: ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped`);
  }
  await firstLoadSizes();
  compareToFloor();
  await benchRedraw();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
