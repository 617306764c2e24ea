import { join } from "node:path";
import { DataError } from "../../src/data/data-error";
import type { Manifest, ManifestEntry } from "../../src/data/manifest";

/**
 * Stop before writing a dataset with no rows, or with under half the rows of its published version:
 * a truncated or emptied source, unless the caller says the shrink is meant.
 */
export function checkShrink(built: ManifestEntry[], previous: Manifest | null, out: string, allowShrink: boolean): void {
  if (allowShrink) return;
  for (const entry of built) {
    const before = previous?.datasets.find((d) => d.id === entry.id)?.rows ?? 0;
    if (entry.rows === 0 || entry.rows * 2 < before) {
      const was = before > 0 ? `, under half of the ${before} rows of the version in ${join(out, "manifest.json")}` : "";
      throw new DataError(join(out, entry.file), null, `the new build has ${entry.rows} row${entry.rows === 1 ? "" : "s"}${was}; if that is right, run again with --allow-shrink`);
    }
  }
}
