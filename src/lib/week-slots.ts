import type { WindowSizes } from "./compare-windows";
import { dayNumber, isoOfDay, type EventSpan } from "./event-span";

/** Whether a row's week date is the last day of its seven-day list week (Netflix: week ending Sunday) or the first (Monday-starting weeks). */
export type WeekDate = "end" | "start";

const OFFSET: Record<WeekDate, number> = { end: 6, start: 0 };

/** Day number of the first day of the list week that a row's date names. */
export const weekStart = (week: string, weekDate: WeekDate) => dayNumber(week) - OFFSET[weekDate];

/** The date a chart gives a list week that starts on a day. */
export const weekName = (start: number, weekDate: WeekDate) => isoOfDay(start + OFFSET[weekDate]);

const mod7 = (n: number) => ((n % 7) + 7) % 7;

/** First day of the week, on the grid of weeks that starts on gridStart, holding a day. */
const weekHolding = (day: number, gridStart: number) => day - mod7(day - gridStart);

export type WeekSlots = { before: number[]; event: number[]; after: number[] };

/**
 * The weeks of each window, as first days, in calendar order. A week holding any day of the event belongs to
 * neither window (its list mixes days before and after); the windows are the weeks just before and just after it.
 * Weeks are counted on the calendar, so a gap in the data stays a gap inside the window and never widens it.
 */
export function weekSlots(span: EventSpan, sizes: WindowSizes, gridStart: number): WeekSlots {
  const first = weekHolding(dayNumber(span.start), gridStart);
  const last = weekHolding(dayNumber(span.end), gridStart);
  const steps = (n: number, from: number, step: number) => Array.from({ length: n }, (_, i) => from + step * (i + 1));
  return {
    before: steps(sizes.before, first, -7).reverse(),
    event: steps((last - first) / 7 + 1, first - 7, 7),
    after: steps(sizes.after, last, 7),
  };
}
