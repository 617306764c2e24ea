import type { WindowSizes } from "./compare-windows";
import { dayNumber, eventSpan, type EventDates } from "./event-span";
import { weekName, weekSlots, weekStart, type WeekDate } from "./week-slots";

/** The stretch of a time axis each window covers, in the axis' own units (decimal years or milliseconds). */
export type WindowBands = { before: [number, number]; after: [number, number] };

/** On a yearly axis a year is drawn at its number: a window of years spans half a year either side of its ends. */
export function yearBands(event: EventDates, sizes: WindowSizes): WindowBands {
  const span = eventSpan(event);
  return {
    before: [span.startYear - sizes.before - 0.5, span.startYear - 0.5],
    after: [span.endYear + 0.5, span.endYear + sizes.after + 0.5],
  };
}

const DAY = 86_400_000;

/** On a weekly axis a list is drawn at the date naming it: a window spans half a week either side of its first and last list. */
export function weekBands(event: EventDates, sizes: WindowSizes, anyWeek: string, weekDate: WeekDate): WindowBands {
  const slots = weekSlots(eventSpan(event), sizes, weekStart(anyWeek, weekDate));
  const band = (starts: number[]): [number, number] => [
    (dayNumber(weekName(starts[0], weekDate)) - 3.5) * DAY,
    (dayNumber(weekName(starts[starts.length - 1], weekDate)) + 3.5) * DAY,
  ];
  return { before: band(slots.before), after: band(slots.after) };
}
