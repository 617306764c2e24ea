import type { ChartLine } from "../../charts/marks";
import type { OverviewCard, OverviewPoint, OverviewSeries } from "../../lib/overview";
import type { SeriesIdentity } from "../../lib/series-identity";
import type { ChartRow } from "../../lib/year-series";

/** Whose content each card's series are about, so they take the colours they have in the full views. */
const IDENTITY: Record<OverviewCard["id"], SeriesIdentity[]> = {
  "music-exports": [{ facet: "origin", value: "KOR" }],
  "broadcast-share": [{ facet: "sector", value: "broadcasting" }],
  "game-share": [{ facet: "sector", value: "games" }],
  "netflix-korean-in-japan": [{ facet: "origin", value: "KOR" }, { facet: "origin", value: "KOR", variant: true }],
  "netflix-japanese-in-korea": [{ facet: "origin", value: "JPN" }, { facet: "origin", value: "JPN", variant: true }],
  "hot100-korean": [{ facet: "origin", value: "KOR" }],
  "box-office-japanese": [{ facet: "origin", value: "JPN" }],
  "japan-content-market": [{ facet: "origin", value: "JPN" }],
};

/** A point on the yearly axis: a full year; figures for part of a year are listed under the chart instead. */
export const isCharted = (p: OverviewPoint) => p.period !== "span";

/** The first and last year on the card's axis: those of its range of days. */
export const cardYears = (card: OverviewCard): [number, number] => [Number(card.range.start.slice(0, 4)), Number(card.range.end.slice(0, 4))];

/**
 * A card's full-year figures as chart rows, one per year of its range: a year without a figure stays empty (a gap);
 * a year whose figures disagree has no line value and one point per value ("key~n").
 */
export function overviewChart(card: OverviewCard, seriesLabel: (s: OverviewSeries) => string) {
  const [from, to] = cardYears(card);
  const rows: ChartRow[] = Array.from({ length: to - from + 1 }, (_, i) => ({ x: from + i }));
  const extraKeys: Record<string, number> = {};
  const lines: ChartLine[] = card.series.map((s, i) => {
    const key = `s${i}`;
    for (const p of s.points.filter(isCharted)) {
      const row = rows[p.year - from];
      row[key] = p.value;
      if (p.value !== null) continue;
      p.values.forEach((v, n) => (row[`${key}~${n}`] = v));
      extraKeys[key] = Math.max(extraKeys[key] ?? 0, p.values.length);
    }
    const all = s.points.flatMap((p) => p.rows);
    return {
      key, label: seriesLabel(s), identity: IDENTITY[card.id][i] ?? { facet: "origin", value: "" },
      hollow: all.every((r) => r.basis === "computed"), dashed: all.some((r) => r.status !== "final"),
    };
  });
  return { rows, lines, extraKeys };
}
