import type { SeriesIdentity } from "../lib/series-identity";
import type { ChartRow } from "../lib/year-series";

/**
 * A series as a chart draws it. The marks say how its figures are known: a solid line joins one statistic in
 * consecutive periods, a dot is a lone figure, `hollow` marks figures computed from other figures, `dashed` a
 * preliminary figure or an estimate, `pointsOnly` figures cited once (a secondary layer of small, pale points that
 * are never joined), `points` one mark per period (weekly ranks, where one week must show as well as ten).
 */
export type ChartLine = {
  key: string;
  label: string;
  identity: SeriesIdentity;
  dashed?: boolean;
  hollow?: boolean;
  pointsOnly?: boolean;
  points?: boolean;
};

/** The marks a chart can use, in the order the key under the chart explains them. */
export const MARK_KINDS = ["line", "dot", "week", "computed", "estimate", "cited", "disagree"] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

const has = (row: ChartRow | undefined, key: string) => typeof row?.[key] === "number";

/** Whether the value at `i` stands alone, with no value of its series in the periods before and after. */
export const isLone = (rows: ChartRow[], key: string, i: number) => has(rows[i], key) && !has(rows[i - 1], key) && !has(rows[i + 1], key);

function marksOf(line: ChartLine, rows: ChartRow[]): MarkKind[] {
  const values = rows.map((_, i) => i).filter((i) => has(rows[i], line.key));
  if (values.length === 0) return [];
  if (line.points) return ["week"];
  if (line.pointsOnly) return line.hollow ? ["cited", "computed"] : ["cited"];
  const kinds: MarkKind[] = [];
  if (values.some((i) => has(rows[i + 1], line.key))) kinds.push("line");
  if (values.some((i) => isLone(rows, line.key, i))) kinds.push("dot");
  if (line.hollow) kinds.push("computed");
  if (line.dashed) kinds.push("estimate");
  return kinds;
}

/** The marks a chart actually draws, so the key under it explains only those. */
export function usedMarks(lines: ChartLine[], rows: ChartRow[], extraKeys: Record<string, number> = {}): MarkKind[] {
  const used = new Set(lines.flatMap((line) => marksOf(line, rows)));
  if (Object.keys(extraKeys).some((key) => rows.some((r) => has(r, `${key}~0`)))) used.add("disagree");
  return MARK_KINDS.filter((kind) => used.has(kind));
}

/** The last value of a series (the mean of disagreeing figures if those come last), where its end label sits. */
export function lastValue(rows: ChartRow[], key: string, extras = 0): number | undefined {
  for (let i = rows.length - 1; i >= 0; i--) {
    if (has(rows[i], key)) return rows[i][key] as number;
    const spread = Array.from({ length: extras }, (_, n) => rows[i][`${key}~${n}`]).filter((v): v is number => typeof v === "number");
    if (spread.length) return spread.reduce((a, b) => a + b, 0) / spread.length;
  }
  return undefined;
}
