import type { Origin } from "../../src/data/cells";
import type { OriginCounts } from "../../src/data/manifest";
import type { CrossBorderWeek } from "../../src/data/schemas";

/**
 * One line of a chart: `sample` is the snapshot it comes from (a day for daily lists, the week otherwise);
 * `work` tells apart entries that share a label but are different works (defaults to the label).
 */
export type ChartEntry = {
  week: string;
  sample: string;
  country: string;
  category: string;
  rank: number;
  label: string;
  work?: string;
  origin: Origin | "untagged";
};

type Group = { week: string; country: string; category: string; entries: ChartEntry[] };

const workOf = (e: ChartEntry) => e.work ?? e.label;

/**
 * Per week, country and list, for each counted origin: distinct entries (a title holding five positions counts once),
 * the positions they held over the week's snapshots, their best rank and names.
 */
export function aggregateWeeks(entries: ChartEntry[], chart: string, counted: (country: string) => Origin[]): CrossBorderWeek[] {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    const key = `${entry.week}|${entry.country}|${entry.category}`;
    const group = groups.get(key) ?? { week: entry.week, country: entry.country, category: entry.category, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  const rows = [...groups.values()].flatMap((group) => {
    const best = bestRanks(group.entries);
    const unknown = [...best.values()].filter((b) => b.origin === "unknown" || b.origin === "untagged").length;
    return counted(group.country).map((origin): CrossBorderWeek => {
      const matching = [...best.values()].filter((b) => b.origin === origin).sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
      return {
        week: group.week,
        chart,
        country: group.country,
        category: group.category,
        origin,
        entries: matching.length,
        slots: group.entries.filter((e) => e.origin === origin).length,
        bestRank: matching[0]?.rank ?? null,
        titles: matching.map((m) => `${m.label} (${m.rank})`).join("; "),
        listSize: best.size,
        unknownEntries: unknown,
        samples: new Set(group.entries.map((e) => e.sample)).size,
      };
    });
  });
  return rows.sort((a, b) => cmp(a.week, b.week) || cmp(a.country, b.country) || cmp(a.category, b.category) || cmp(a.origin, b.origin));
}

function bestRanks(entries: ChartEntry[]): Map<string, ChartEntry> {
  const best = new Map<string, ChartEntry>();
  for (const entry of entries) {
    const seen = best.get(workOf(entry));
    if (!seen || entry.rank < seen.rank) best.set(workOf(entry), entry);
  }
  return best;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The origins a chart counts, with co-productions on rows of their own when the chart holds any. */
export function countedOrigins(own: Origin[], entries: ChartEntry[]): Origin[] {
  return entries.some((e) => e.origin === "KOR+JPN") ? [...own, "KOR+JPN"] : own;
}

/** How the distinct works (titles or acts) of a chart split over the origin tags. */
export function countOrigins(works: Iterable<{ key: string; origin: Origin | "untagged" }>): OriginCounts {
  const counts: OriginCounts = { tagged: 0, KOR: 0, JPN: 0, "KOR+JPN": 0, other: 0, unknown: 0, untagged: 0 };
  const seen = new Set<string>();
  for (const { key, origin } of works) {
    if (seen.has(key)) continue;
    seen.add(key);
    counts[origin]++;
    if (origin !== "untagged") counts.tagged++;
  }
  return counts;
}

/** Monday of the ISO week holding a YYYY-MM-DD date. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
