import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { z } from "zod/mini";
z.config({ jitless: true });
const text = readFileSync("data/netflix-cross-border.csv", "utf8");
const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const { crossBorderWeekSchema: schema } = await import("../src/data/schemas");
const mode = process.argv[2];
const t1 = performance.now();
let ok = 0;
if (mode === "columns") {
  const shape = schema.shape as Record<string, z.ZodMiniType>;
  const out = rows.map(() => ({} as Record<string, unknown>));
  for (const [key, cell] of Object.entries(shape)) {
    const arr = z.array(cell);
    const r = arr.safeParse(rows.map((row) => row[key]));
    if (!r.success) throw new Error(key);
    r.data.forEach((v, i) => { if (v !== undefined) out[i][key] = v; });
  }
  ok = out.length;
} else if (mode === "cells") {
  const shape = schema.shape as Record<string, z.ZodMiniType>;
  const entries = Object.entries(shape);
  for (const row of rows) { const o: Record<string, unknown> = {}; let good = true; for (const [key, cell] of entries) { const r = cell.safeParse(row[key]); if (!r.success) { good = false; break; } o[key] = r.data; } if (good) ok++; }
} else {
  for (const r of rows) if (schema.safeParse(r).success) ok++;
}
const t2 = performance.now();
console.log(mode, `validate ${(t2 - t1).toFixed(1)} ms`, ok);
