import type { CrossBorderWeek } from "../data/schemas";
import { changeBetween, isThin, mean, parseWindow, positionOf, type Change, type DataPosition, type WindowSizes } from "./compare-windows";
import { enteredTitles, type EnteredTitle } from "./entered-titles";
import { eventSpan, isoOfDay, type EventDates, type EventSpan } from "./event-span";
import { groupBy } from "./group-by";
import { weekName, weekSlots, weekStart, type WeekDate } from "./week-slots";

export type WeekSide = {
  /** The first and last week of the window, named as the chart names its weeks. */
  window: { from: string; to: string };
  size: number;
  /** Weeks of the window inside the list's weeks; fewer than size when the window runs past the data. */
  covered: number;
  truncated: boolean;
  /** Weeks with a list, in order. */
  weeks: string[];
  /** Weeks inside the data with no list: gaps, not zeros. */
  missingWeeks: string[];
  lists: number;
  meanEntries: number | null;
  /** Lists with an entry of the origin, which give the best rank. */
  rankedLists: number;
  meanBestRank: number | null;
  /** Entries of unknown origin in these lists: the counts are lower bounds by up to this much. */
  unknownEntries: number;
  thin: boolean;
  rows: CrossBorderWeek[];
};

export type MissingWeekSide = { side: "before" | "after"; nearestWeek: string | null; firstWeek: string; lastWeek: string };

export type WeekSeriesComparison = {
  key: string;
  chart: string;
  country: string;
  category: string;
  origin: string;
  /** The weeks holding the event: in neither window. */
  eventWeeks: string[];
  before: WeekSide;
  after: WeekSide;
  change: { entries: Change | null; bestRank: Change | null };
  missing: MissingWeekSide | null;
  /** Titles listed after and in no list before; empty unless both sides have lists. */
  entered: EnteredTitle[];
};

export type WeekComparison = {
  event: EventSpan;
  sizes: WindowSizes;
  weekDate: WeekDate;
  /** First and last week of all rows given. */
  dataWeeks: { from: string; to: string } | null;
  position: DataPosition;
  /** Series with lists on both sides first, then one-sided ones, each in key order. */
  series: WeekSeriesComparison[];
};

export const weekSeriesKey = (r: CrossBorderWeek) => [r.chart, r.country, r.category, r.origin].join("|");
const listKey = (r: CrossBorderWeek) => `${r.chart}|${r.country}`;

/** Before/after windows of weekly lists around an event, per chart, country, list and origin. */
export function compareWeeks(rows: CrossBorderWeek[], event: EventDates, sizes: WindowSizes, weekDate: WeekDate = "end"): WeekComparison {
  const span = eventSpan(event);
  const size = { before: parseWindow(sizes.before, "weeks"), after: parseWindow(sizes.after, "weeks") };
  const spans = new Map([...groupBy(rows, listKey)].map(([key, list]) => [key, startRange(list, weekDate)]));
  const series = [...groupBy(rows, weekSeriesKey)]
    .map(([key, group]) => compareSeries(key, group, span, size, weekDate, spans.get(listKey(group[0]))!))
    .filter((s): s is WeekSeriesComparison => s !== null)
    .sort((a, b) => Number(a.change.entries === null) - Number(b.change.entries === null) || a.key.localeCompare(b.key));
  const all = rows.length ? startRange(rows, weekDate) : null;
  const dataWeeks = all && { from: weekName(all.from, weekDate), to: weekName(all.to, weekDate) };
  const dataDays = all && { from: isoOfDay(all.from), to: isoOfDay(all.to + 6) };
  return { event: span, sizes: size, weekDate, dataWeeks, position: positionOf({ from: span.start, to: span.end }, dataDays), series };
}

function startRange(rows: CrossBorderWeek[], weekDate: WeekDate) {
  const starts = rows.map((r) => weekStart(r.week, weekDate));
  return { from: Math.min(...starts), to: Math.max(...starts) };
}

function compareSeries(key: string, rows: CrossBorderWeek[], span: EventSpan, size: WindowSizes, weekDate: WeekDate, list: { from: number; to: number }): WeekSeriesComparison | null {
  const byStart = new Map(rows.map((r) => [weekStart(r.week, weekDate), r]));
  const slots = weekSlots(span, size, weekStart(rows[0].week, weekDate));
  const sideOf = (starts: number[]) => side(starts, byStart, list, weekDate);
  const [before, after] = [sideOf(slots.before), sideOf(slots.after)];
  if (before.lists === 0 && after.lists === 0) return null;
  const eventRows = slots.event.flatMap((s) => byStart.get(s) ?? []);
  const both = before.lists > 0 && after.lists > 0;
  const { chart, country, category, origin } = rows[0];
  return {
    key, chart, country, category, origin,
    eventWeeks: slots.event.map((s) => weekName(s, weekDate)),
    before, after,
    change: { entries: changeBetween(before.meanEntries, after.meanEntries), bestRank: changeBetween(before.meanBestRank, after.meanBestRank) },
    missing: both ? null : missingSide(before.lists === 0 ? "before" : "after", rows, before, after),
    entered: both ? enteredTitles(before.rows, after.rows, eventRows) : [],
  };
}

function side(starts: number[], byStart: Map<number, CrossBorderWeek>, list: { from: number; to: number }, weekDate: WeekDate): WeekSide {
  const inside = starts.filter((s) => s >= list.from && s <= list.to);
  const rows = inside.flatMap((s) => byStart.get(s) ?? []);
  const ranks = rows.flatMap((r) => (r.bestRank === null ? [] : [r.bestRank]));
  return {
    window: { from: weekName(starts[0], weekDate), to: weekName(starts[starts.length - 1], weekDate) },
    size: starts.length,
    covered: inside.length,
    truncated: inside.length < starts.length,
    weeks: rows.map((r) => r.week),
    missingWeeks: inside.filter((s) => !byStart.has(s)).map((s) => weekName(s, weekDate)),
    lists: rows.length,
    meanEntries: mean(rows.map((r) => r.entries)),
    rankedLists: ranks.length,
    meanBestRank: mean(ranks),
    unknownEntries: rows.reduce((sum, r) => sum + r.unknownEntries, 0),
    thin: isThin(rows.length),
    rows,
  };
}

function missingSide(which: "before" | "after", rows: CrossBorderWeek[], before: WeekSide, after: WeekSide): MissingWeekSide {
  const weeks = rows.map((r) => r.week).sort();
  const beyond = which === "before" ? weeks.filter((w) => w < before.window.from).at(-1) : weeks.find((w) => w > after.window.to);
  return { side: which, nearestWeek: beyond ?? null, firstWeek: weeks[0], lastWeek: weeks[weeks.length - 1] };
}
