/**
 * Shared rules of the before/after comparison: window sizes as they travel in the URL, the change
 * between two windows, and when a side rests on too few figures to say much.
 */
export type WindowUnit = "years" | "weeks";
export type WindowSizes = { before: number; after: number };

export const WINDOW_LIMITS: Record<WindowUnit, { min: number; max: number; fallback: number }> = {
  years: { min: 1, max: 5, fallback: 3 },
  weeks: { min: 4, max: 52, fallback: 12 },
};

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/** A window size from a URL value: the default when missing or not a number, rounded and kept within the limits. Never throws. */
export function parseWindow(value: unknown, unit: WindowUnit): number {
  const { min, max, fallback } = WINDOW_LIMITS[unit];
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !NUMBER.test(text)) return fallback;
  return Math.min(max, Math.max(min, Math.round(Number(text))));
}

type Params = URLSearchParams | Record<string, unknown>;
const read = (params: Params, name: string) => (params instanceof URLSearchParams ? params.get(name) : params[name]);

/** `before` and `after` from URL parameters, each parsed with parseWindow. */
export function parseWindows(params: Params, unit: WindowUnit): WindowSizes {
  return { before: parseWindow(read(params, "before"), unit), after: parseWindow(read(params, "after"), unit) };
}

/** The window parameters that differ from the default, for a URL that writes only what was changed. */
export function serializeWindows(sizes: WindowSizes, unit: WindowUnit): Partial<Record<"before" | "after", string>> {
  const out: Partial<Record<"before" | "after", string>> = {};
  for (const side of ["before", "after"] as const) {
    const size = parseWindow(sizes[side], unit);
    if (size !== WINDOW_LIMITS[unit].fallback) out[side] = String(size);
  }
  return out;
}

/** A side resting on one or two figures (or weekly lists) is thin. */
export const THIN_BELOW = 3;
export const isThin = (n: number) => n > 0 && n < THIN_BELOW;

export const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

/** Absolute change, and relative change where the before value is above zero (a zero or negative base has no plain relative reading). */
export type Change = { before: number; after: number; absolute: number; relative: number | null };

export function changeBetween(before: number | null, after: number | null): Change | null {
  if (before === null || after === null) return null;
  return { before, after, absolute: after - before, relative: before > 0 ? (after - before) / before : null };
}

export type DataPosition = "before-data" | "inside" | "after-data" | "no-data";

/** Where an event lies against the data: years, or ISO dates, which compare as text. */
export function positionOf<T extends number | string>(event: { from: T; to: T }, data: { from: T; to: T } | null): DataPosition {
  if (data === null) return "no-data";
  if (event.to < data.from) return "before-data";
  if (event.from > data.to) return "after-data";
  return "inside";
}
