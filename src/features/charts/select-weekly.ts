import type { CrossBorderWeek } from "../../data/schemas";
import { timestamp } from "../../lib/format";
import type { SeriesIdentity } from "../../lib/series-identity";
import type { ChartRow } from "../../lib/year-series";

export type WeeklyFilter = { country?: string; categories: string[]; from: number; to: number };

export function selectWeeks(rows: CrossBorderWeek[], f: WeeklyFilter): CrossBorderWeek[] {
  return rows.filter((r) => {
    const year = Number(r.week.slice(0, 4));
    return (!f.country || r.country === f.country) && f.categories.includes(r.category) && year >= f.from && year <= f.to;
  });
}

export const weeklyKey = (r: Pick<CrossBorderWeek, "category" | "origin">) => `${r.category}|${r.origin}`;

/** A weekly series is coloured by its titles' origin; TV lists take the origin's second hue, beside films. */
export function weeklyIdentity(key: string): SeriesIdentity {
  const [category, origin] = key.split("|");
  return { facet: "origin", value: origin, variant: category.startsWith("TV") };
}

const WEEK = 7 * 24 * 3600 * 1000;

/** One chart row per week: entries and best rank of each category and origin; a missing week is an empty row, so no line crosses it. */
export function weeklyChartRows(rows: CrossBorderWeek[]): { entries: ChartRow[]; ranks: ChartRow[]; keys: string[] } {
  const byWeek = new Map<string, { entries: ChartRow; ranks: ChartRow }>();
  const keys = new Set<string>();
  for (const r of rows) {
    const x = timestamp(r.week);
    const at = byWeek.get(r.week) ?? { entries: { x }, ranks: { x } };
    const key = weeklyKey(r);
    keys.add(key);
    at.entries[key] = r.entries;
    at.ranks[key] = r.bestRank;
    byWeek.set(r.week, at);
  }
  const weeks = [...byWeek.keys()].sort();
  const entries: ChartRow[] = [];
  const ranks: ChartRow[] = [];
  weeks.forEach((w, i) => {
    const at = byWeek.get(w)!;
    const previous = i > 0 ? timestamp(weeks[i - 1]) : undefined;
    if (previous !== undefined && at.entries.x - previous > WEEK) {
      entries.push({ x: previous + WEEK });
      ranks.push({ x: previous + WEEK });
    }
    entries.push(at.entries);
    ranks.push(at.ranks);
  });
  return { entries, ranks, keys: [...keys].sort() };
}

/** The chart week nearest to a moment, from the weeks present. */
export function nearestWeek(weeks: string[], time: number): string | undefined {
  let best: string | undefined;
  for (const w of weeks) if (!best || Math.abs(timestamp(w) - time) < Math.abs(timestamp(best) - time)) best = w;
  return best;
}
