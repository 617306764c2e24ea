import { nice, ticks as roundTicks } from "d3-array";
import type { Language } from "../i18n/languages";
import { formatMonthName } from "./format";

/** Axis ticks a person reads: whole years, years or quarters on weekly axes, round ranks. */

/** Whole years inside the domain, at most about `maxTicks` (eight) of them. */
export function yearTicks([start, end]: [number, number], maxTicks = 8): number[] {
  const first = Math.ceil(start);
  const last = Math.floor(end);
  const step = Math.max(1, Math.ceil((last - first + 1) / maxTicks));
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(year);
  return ticks;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const QUARTER_MONTHS = [0, 3, 6, 9];
const NICE_YEAR_STEPS = [1, 2, 5, 10, 20];
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/**
 * Ticks of a weekly time axis (milliseconds): 1 January of each year (of every second or fifth year when the span
 * is long), or 1 January, April, July and October when the span is under about three years.
 */
export function weekTicks([start, end]: [number, number], maxTicks = 8): number[] {
  const first = new Date(start).getUTCFullYear();
  const last = new Date(end).getUTCFullYear();
  const inside = (ticks: number[]) => ticks.filter((t) => t >= start && t <= end);
  if ((end - start) / YEAR_MS < 3) {
    const quarters: number[] = [];
    for (let y = first; y <= last; y++) for (const m of QUARTER_MONTHS) quarters.push(Date.UTC(y, m, 1));
    const shown = inside(quarters);
    return shown.length > maxTicks ? shown.filter((t) => new Date(t).getUTCMonth() % 6 === 0) : shown;
  }
  const januaries = (step: number) => {
    const years: number[] = [];
    for (let y = Math.ceil(first / step) * step; y <= last; y += step) years.push(Date.UTC(y, 0, 1));
    return inside(years);
  };
  // The smallest round step whose ticks inside the span number at most maxTicks.
  for (const step of NICE_YEAR_STEPS) {
    const ticks = januaries(step);
    if (ticks.length <= maxTicks) return ticks;
  }
  return januaries(50);
}

/** A weekly tick's text: the year on 1 January, the month's short name otherwise ("Apr", "4월", "4月"). */
export function formatWeekTick(time: number, lang: Language = "en"): string {
  const date = new Date(time);
  if (date.getUTCMonth() === 0) return String(date.getUTCFullYear());
  return lang === "en" ? MONTH_NAMES[date.getUTCMonth()] : formatMonthName(time, lang);
}

/** The size of the list a rank comes from, from the worst rank seen: a top 10, top 50, Hot 100 or top 200. */
export function rankListSize(worstRank: number): number {
  return [10, 50, 100, 200].find((size) => worstRank <= size) ?? Math.ceil(worstRank / 100) * 100;
}

/** Rank ticks: 1, 3, 5, 7, 10 for a top 10; 1, 10, 20 … for a top 50; 1, 20, 40 … for a Hot 100. */
export function rankTicks(listSize: number): number[] {
  if (listSize <= 10) return [1, 3, 5, 7, 10].filter((t) => t <= listSize);
  const step = listSize <= 50 ? 10 : listSize <= 100 ? 20 : 50;
  const ticks = [1];
  for (let t = step; t <= listSize; t += step) ticks.push(t);
  return ticks;
}

/**
 * A value axis from zero (or from the lowest value, when that is below zero) to the highest value, widened to round
 * numbers, with about `count` ticks at steps of 1, 2 or 5 times a power of ten; whole numbers only, for counts.
 */
export function valueAxis(values: number[], count: number, integer = false): { domain: [number, number]; ticks: number[] } {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const [start, stop] = nice(lo, hi > lo ? hi : lo + 1, count);
  const all = roundTicks(start, stop, count);
  return { domain: [start, stop], ticks: integer ? all.filter(Number.isInteger) : all };
}
