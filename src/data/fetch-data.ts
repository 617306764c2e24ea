import { DataError } from "./data-error";
import { dataPath } from "./data-path";

/** Files above this size report download progress. */
export const PROGRESS_THRESHOLD = 200_000;

/** The URL of a file in the published data folder, relative to wherever the site is served. */
export const dataUrl = (file: string, version?: string): string => `${import.meta.env.BASE_URL}${dataPath(file, version)}`;

export async function fetchText(
  file: string,
  signal?: AbortSignal,
  version?: string,
  onProgress?: (fraction: number) => void,
): Promise<string> {
  const response = await fetch(dataUrl(file, version), { signal });
  if (!response.ok) throw new DataError(file, null, `could not be loaded (HTTP ${response.status})`);
  const total = Number(response.headers.get("Content-Length") ?? 0);
  if (!onProgress || !response.body || total < PROGRESS_THRESHOLD) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(Math.min(received / total, 1));
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(bytes);
}
