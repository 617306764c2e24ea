/** A figure placed on a chart, with what the tooltip and table need to say where it comes from. */
export type Figure = {
  year: number;
  value: number;
  unit: string;
  sources: { publisher: string; date: string; url: string }[];
  basis: string;
  status: string;
};

export type YearSeries = { key: string; label: string; figures: Figure[] };

export type ChartRow = { x: number } & Record<string, number | null | undefined>;
export type PointInfo = Record<string, Figure[]>;

/**
 * Lay series out on one row per year. Within a series, figures that agree share a point (with all their
 * sources); where they disagree the line breaks and each value becomes a point of its own ("key~n").
 * Years with no figure stay empty, so no line is drawn across a gap.
 */
export function layoutYears(series: YearSeries[], from: number, to: number) {
  const rows: ChartRow[] = [];
  const info: Record<number, PointInfo> = {};
  const extraKeys: Record<string, number> = {};
  for (let x = from; x <= to; x++) rows.push({ x });
  for (const s of series) {
    for (const row of rows) {
      const figures = s.figures.filter((f) => f.year === row.x);
      if (figures.length === 0) continue;
      const values = [...new Set(figures.map((f) => f.value))].sort((a, b) => a - b);
      (info[row.x] ??= {})[s.key] = figures;
      if (values.length === 1) {
        row[s.key] = values[0];
        continue;
      }
      row[s.key] = null;
      values.forEach((v, n) => (row[`${s.key}~${n}`] = v));
      extraKeys[s.key] = Math.max(extraKeys[s.key] ?? 0, values.length);
    }
  }
  return { rows, info, extraKeys };
}
