import { parseWindow, WINDOW_LIMITS, type WindowSizes, type WindowUnit } from "../lib/compare-windows";

type Windowed = { view: string; chart: string; event?: string; before?: number; after?: number };

/** Weekly charts compare weeks; every yearly chart (the box office too) compares years. */
export const windowUnit = (v: Pick<Windowed, "view" | "chart">): WindowUnit => (v.view === "charts" && v.chart !== "boxoffice" ? "weeks" : "years");

/** The window sizes a view compares: its own values, kept within its unit's limits, or the unit's default. */
export const windowSizes = (v: Windowed): WindowSizes => ({
  before: parseWindow(v.before, windowUnit(v)),
  after: parseWindow(v.after, windowUnit(v)),
});

/** Windows only matter around an event: without one they are dropped; a default size or one beyond the unit's limits is written as the unit reads it. */
export function normalizeWindows<V extends Windowed>(v: V): V {
  if (!v.event) return v.before === undefined && v.after === undefined ? v : { ...v, before: undefined, after: undefined };
  const { fallback } = WINDOW_LIMITS[windowUnit(v)];
  const sizes = windowSizes(v);
  const keep = (size: number) => (size === fallback ? undefined : size);
  return { ...v, before: v.before === undefined ? undefined : keep(sizes.before), after: v.after === undefined ? undefined : keep(sizes.after) };
}
