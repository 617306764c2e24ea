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

const decimals = (v: number) => (String(v).split(".")[1] ?? "").length;
const roundTo = (v: number, places: number) => Number(v.toFixed(places));

/** Two figures agree when they are equal after rounding both to the precision of the less precise (277.3 and 277.29). */
export function agree(a: number, b: number): boolean {
  const places = Math.min(decimals(a), decimals(b));
  return roundTo(a, places) === roundTo(b, places);
}

/** The distinct values among some figures: agreeing ones count once, as the most precise of them. */
export function distinctValues(values: number[]): number[] {
  const kept: number[] = [];
  for (const v of [...values].sort((a, b) => decimals(b) - decimals(a))) if (!kept.some((k) => agree(k, v))) kept.push(v);
  return kept.sort((a, b) => a - b);
}

/**
 * Lay series out on one row per year. Within a series, figures that agree (after rounding, see `agree`) share a
 * point with all their sources; where they disagree the line breaks and each value becomes a point of its own ("key~n").
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
      const values = distinctValues(figures.map((f) => f.value));
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
