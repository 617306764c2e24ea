/** An event as the timeline gives it: a day, month or year, and for a period an end date. */
export type EventDates = { date: string; endDate?: string };

/** The days an event covers (ISO dates, both ends included) and the calendar years they fall in. */
export type EventSpan = { start: string; end: string; startYear: number; endYear: number; isPeriod: boolean };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD). */
export const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;

export const isoOfDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** First and last day of a YYYY, YYYY-MM or YYYY-MM-DD date, as day numbers. */
function dayRange(date: string): [number, number] {
  const match = PARTIAL_DATE.exec(date);
  if (!match) throw new RangeError(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
  const [y, m, d] = [Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined];
  const first = Date.UTC(y, (m ?? 1) - 1, d ?? 1) / DAY;
  const last = d !== undefined ? first : m !== undefined ? Date.UTC(y, m, 1) / DAY - 1 : Date.UTC(y + 1, 0, 1) / DAY - 1;
  if (isoOfDay(first).slice(0, date.length) !== date) throw new RangeError(`no such day: "${date}"`);
  return [first, last];
}

/** The span of an event: from the first day of its date to the last day of its end date (or of its date). */
export function eventSpan(event: EventDates): EventSpan {
  const [start] = dayRange(event.date);
  const [, end] = dayRange(event.endDate || event.date);
  if (end < start) throw new RangeError(`the event ends (${event.endDate}) before it starts (${event.date})`);
  const [startIso, endIso] = [isoOfDay(start), isoOfDay(end)];
  return { start: startIso, end: endIso, startYear: Number(startIso.slice(0, 4)), endYear: Number(endIso.slice(0, 4)), isPeriod: Boolean(event.endDate) };
}
