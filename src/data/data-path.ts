/** A file of the published data folder, relative to the site's base; a version is pinned by its first 12 hex digits. */
export const dataPath = (file: string, version?: string): string => (version ? `data/${file}?v=${version.slice(0, 12)}` : `data/${file}`);
