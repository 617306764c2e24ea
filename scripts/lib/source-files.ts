import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { DataError } from "../../src/data/data-error";
import { decodeUtf8 } from "./decode";
import type { SourceFile } from "./sources";

/** Where sources are read from: a local folder holding one sub-folder per source, or the publishers' URLs. */
export type SourceRoot = { folder: string } | { web: true };

/** Where a source's local snapshot goes under a --from folder. */
export const snapshotPath = (source: SourceFile) => `${source.folder}/${source.file}`;

/** Fail unless a folder the ingest reads from exists. */
export async function assertFolder(folder: string, option: string): Promise<void> {
  const found = await stat(folder).catch(() => null);
  if (!found) throw new DataError(folder, null, `folder not found (given as ${option})`);
  if (!found.isDirectory()) throw new DataError(folder, null, `not a folder (given as ${option})`);
}

export async function readSourceFile(source: SourceFile, from: SourceRoot): Promise<{ text: string; file: string }> {
  if ("folder" in from) {
    const file = join(from.folder, source.folder, source.file);
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new DataError(file, null, error.code === "ENOENT" ? "file not found" : error.message);
    });
    return { text: decodeUtf8(bytes, file), file };
  }
  if (!source.url) {
    throw new DataError(
      snapshotPath(source),
      null,
      "this source has no machine-readable download at its publisher; pass --from <folder> with a local snapshot",
    );
  }
  const response = await fetch(source.url).catch((error: Error) => {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    throw new DataError(source.url!, null, `download failed (${error.message}${cause}); or pass --from <folder> holding ${snapshotPath(source)}`);
  });
  if (!response.ok) throw new DataError(source.url, null, `download failed: HTTP ${response.status}`);
  return { text: decodeUtf8(new Uint8Array(await response.arrayBuffer()), source.url), file: source.url };
}
