import { DataError } from "./data-error";

/** The URL of a file in the published data folder, relative to wherever the site is served. */
export function dataUrl(file: string, version?: string): string {
  const url = `${import.meta.env.BASE_URL}data/${file}`;
  return version ? `${url}?v=${version.slice(0, 12)}` : url;
}

export async function fetchText(file: string, signal?: AbortSignal, version?: string): Promise<string> {
  const response = await fetch(dataUrl(file, version), { signal });
  if (!response.ok) throw new DataError(file, null, `could not be loaded (HTTP ${response.status})`);
  return response.text();
}
