import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DataError } from "../../src/data/data-error";
import { decodeUtf8 } from "./decode";
import type { SourceFile } from "./sources";

/** Where sources are read from: a local folder holding one sub-folder per source, or the publishers' URLs. */
export type SourceRoot = { folder: string } | { web: true };

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
      `${source.folder}/${source.file}`,
      null,
      "this source has no machine-readable download at its publisher; pass --from <folder> with a local snapshot",
    );
  }
  const response = await fetch(source.url);
  if (!response.ok) throw new DataError(source.url, null, `download failed: HTTP ${response.status}`);
  return { text: decodeUtf8(new Uint8Array(await response.arrayBuffer()), source.url), file: source.url };
}
