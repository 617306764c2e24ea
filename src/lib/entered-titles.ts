import type { CrossBorderWeek } from "../data/schemas";

export type TitleRank = { title: string; rank: number | null };

const ENTRY = /(.+?) \((\d+)\)(?:; |$)/y;

/** The titles cell, "Title (rank); Title2 (rank)", as titles with ranks; text that does not fit keeps its place with no rank. */
export function parseTitles(cell: string): TitleRank[] {
  const out: TitleRank[] = [];
  ENTRY.lastIndex = 0;
  while (ENTRY.lastIndex < cell.length) {
    const at = ENTRY.lastIndex;
    const match = ENTRY.exec(cell);
    if (!match) {
      out.push({ title: cell.slice(at).trim(), rank: null });
      break;
    }
    out.push({ title: match[1], rank: Number(match[2]) });
  }
  return out;
}

/** A title of the after window that no list of the before window holds: the weeks it is listed in the after window and its best rank there. */
export type EnteredTitle = { title: string; weeks: string[]; bestRank: number | null; inEventWeek: boolean };

/** Titles in the after lists and absent from every before list, best rank first, then first week, then title. */
export function enteredTitles(before: CrossBorderWeek[], after: CrossBorderWeek[], eventWeeks: CrossBorderWeek[]): EnteredTitle[] {
  const titlesOf = (rows: CrossBorderWeek[]) => new Set(rows.flatMap((r) => parseTitles(r.titles).map((t) => t.title)));
  const seenBefore = titlesOf(before);
  const inEvent = titlesOf(eventWeeks);
  const entered = new Map<string, EnteredTitle>();
  for (const row of [...after].sort((a, b) => a.week.localeCompare(b.week))) {
    for (const { title, rank } of parseTitles(row.titles)) {
      if (seenBefore.has(title)) continue;
      const item = entered.get(title) ?? { title, weeks: [], bestRank: null, inEventWeek: inEvent.has(title) };
      if (!item.weeks.includes(row.week)) item.weeks.push(row.week);
      if (rank !== null && (item.bestRank === null || rank < item.bestRank)) item.bestRank = rank;
      entered.set(title, item);
    }
  }
  return [...entered.values()].sort(
    (a, b) => (a.bestRank ?? Infinity) - (b.bestRank ?? Infinity) || a.weeks[0].localeCompare(b.weeks[0]) || a.title.localeCompare(b.title),
  );
}
