/** e.g. trade-flows_dir-KOR-JPN_sector-music_1998-2026_2026-11-22.csv: the dataset, the filters, the date. */
export function exportFileName(dataset: string, filters: Record<string, string>, date: string, extension: string): string {
  const { from, to, ...rest } = filters;
  const parts = Object.entries(rest).map(([k, v]) => `${k}-${v}`);
  if (from || to) parts.push(`${from ?? ""}-${to ?? ""}`);
  const slug = [dataset, ...parts, date].join("_").replace(/[^\w.-]+/g, "-").replace(/-+/g, "-");
  return `${slug}.${extension}`;
}
