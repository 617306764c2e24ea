import type { ObservationRow } from "../data/schemas";

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** "USD_million" → USD and 1e6; a unit without a scale word ("percent", "KRW") is its own currency at 1. */
export function unitParts(unit: string): { currency: string; factor: number } {
  const [currency, scale] = unit.split("_");
  return scale && SCALES[scale] ? { currency, factor: SCALES[scale] } : { currency: unit, factor: 1 };
}

/** What can share an axis: amounts in one currency whatever their scale, or one non-monetary unit. */
export const currencyOf = (unit: string) => unitParts(unit).currency;

/**
 * The unit to read a set of amounts in: among the units their sources use, the largest in which the middle value
 * is at least 1 (US$ billion for market sizes of US$ 50 million to US$ 2,000 billion).
 */
export function readingUnit(rows: Pick<ObservationRow, "value" | "unit">[]): string {
  if (rows.length === 0) return "";
  const used = [...new Set(rows.map((r) => r.unit))].sort((a, b) => unitParts(b).factor - unitParts(a).factor);
  const amounts = rows.map((r) => Math.abs(r.value) * unitParts(r.unit).factor).sort((a, b) => a - b);
  const middle = amounts[Math.floor(amounts.length / 2)];
  return used.find((u) => middle / unitParts(u).factor >= 1) ?? used[used.length - 1];
}

/** The same amount written in another scale of its currency (1,234 US$ thousand → 1.234 US$ million). */
export function inUnit<R extends Pick<ObservationRow, "value" | "unit">>(row: R, unit: string): R {
  if (row.unit === unit || currencyOf(row.unit) !== currencyOf(unit)) return row;
  const value = Number(((row.value * unitParts(row.unit).factor) / unitParts(unit).factor).toPrecision(12));
  return { ...row, value, unit };
}

/** Rows of one currency, all in the unit a reader reads them in. */
export function toReadingUnit<R extends Pick<ObservationRow, "value" | "unit">>(rows: R[]): R[] {
  const unit = readingUnit(rows);
  return rows.map((r) => inUnit(r, unit));
}

/** Rows split by currency (or unit), the most common first: one chart per currency, never two on one axis. */
export function splitByCurrency<R extends Pick<ObservationRow, "unit">>(rows: R[]): { currency: string; rows: R[] }[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(currencyOf(r.unit), [...(groups.get(currencyOf(r.unit)) ?? []), r]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([currency, rows]) => ({ currency, rows }));
}
