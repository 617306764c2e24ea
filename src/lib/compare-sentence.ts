import { isThin, type Change, type WindowUnit } from "./compare-windows";
import type { WeekComparison, WeekSeriesComparison } from "./compare-weeks";
import type { YearComparison, YearSeriesComparison } from "./compare-years";
import type { EventSpan } from "./event-span";

/** One window as a sentence states it: its size, the part the data cover, the value and how many figures it rests on. */
export type SentenceSide = { size: number; covered: number; value: number; n: number; thin: boolean };

/** Everything a one-line summary of a comparison may say, and nothing else. */
export type SentenceFacts = {
  event: EventSpan;
  unit: WindowUnit;
  before: SentenceSide;
  after: SentenceSide;
  change: Change;
};

/** The facts for a yearly pair, or null when a side has no figure. */
export function yearSentenceFacts(c: YearComparison, s: YearSeriesComparison): SentenceFacts | null {
  if (s.change === null) return null;
  const of = (side: YearSeriesComparison["before"]): SentenceSide => ({
    size: side.window.to - side.window.from + 1,
    covered: side.covered ? side.covered.to - side.covered.from + 1 : 0,
    value: side.mean as number,
    n: side.n,
    thin: side.thin,
  });
  return { event: c.event, unit: "years", before: of(s.before), after: of(s.after), change: s.change };
}

/** The facts for a weekly pair, on mean entries or mean best rank, or null when a side has nothing to average. */
export function weekSentenceFacts(c: WeekComparison, s: WeekSeriesComparison, measure: "entries" | "bestRank"): SentenceFacts | null {
  const change = s.change[measure];
  if (change === null) return null;
  const of = (side: WeekSeriesComparison["before"]): SentenceSide => {
    const n = measure === "entries" ? side.lists : side.rankedLists;
    return { size: side.size, covered: side.covered, value: (measure === "entries" ? side.meanEntries : side.meanBestRank) as number, n, thin: isThin(n) };
  };
  return { event: c.event, unit: "weeks", before: of(s.before), after: of(s.after), change };
}
