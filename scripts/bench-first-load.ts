import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** The views measured against the floor: the default view, and the rankings. */
const PAGES = [
  { name: "default view", path: "/" },
  { name: "rankings (?view=charts)", path: "/?view=charts" },
];

const FLOOR_SCRIPT = resolve("../shared/bench/compare-to-floor.sh");

type Plan = { screens: Record<string, { modules: string[] }> };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The JavaScript a first visit to each view loads, from the built index.html: entry, its preloads, the view's chunks. */
export async function firstLoadSizes(dist = "dist"): Promise<void> {
  const html = await readFile(join(dist, "index.html"), "utf8");
  const planText = html.match(/<script type="application\/json" id="first-load">(.*?)<\/script>/s)?.[1];
  if (!planText) return console.log("no first-load plan in dist/index.html");
  const plan = JSON.parse(planText) as Plan;
  const always = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/([^"]+)"/g)].map((m) => m[1]);
  const gz = async (file: string) => gzipSync(await readFile(join(dist, file))).length;
  for (const [key, screen] of Object.entries(plan.screens)) {
    // The code does not depend on the list's country: one line per view, and per chart of the rankings.
    const [view, chart, country] = key.split("|");
    if ((view !== "charts" && chart !== "netflix") || country !== "JP") continue;
    const files = [...new Set([...always, ...screen.modules.map((m) => m.replace(/^\.\//, ""))])];
    const sizes = await Promise.all(files.map(gz));
    console.log(`first-load JavaScript, ${view === "charts" ? `charts, chart=${chart}` : view}: ${kb(sizes.reduce((a, b) => a + b, 0))} gzipped in ${files.length} files`);
  }
}

/** `compare-to-floor.sh` for each page: first chart and bytes against the bare stack, printed as it reports them. */
export function compareToFloor(runs = Number(process.env.FLOOR_RUNS ?? 5)): void {
  if (!existsSync(FLOOR_SCRIPT)) return console.log(`no ${FLOOR_SCRIPT}: skipping the comparison with the floor`);
  for (const page of PAGES) {
    const result = spawnSync("bash", [FLOOR_SCRIPT, String(runs), page.path], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    if (result.status !== 0) throw new Error(`compare-to-floor.sh ${page.path} failed (exit ${result.status})`);
    for (const line of result.stdout.trim().split("\n")) console.log(`against the floor, ${page.name}, ${line}`);
  }
}
