const numberFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A value with its unit label, e.g. "277.29 US$ million" or "14.1%". */
export function formatValue(value: number, unit: string, unitLabel = unit): string {
  if (unit === "percent") return `${formatNumber(value)}%`;
  if (unit === "ratio") return `${formatNumber(value)}×`;
  if (unit === "rank") return `No. ${value}`;
  return `${formatNumber(value)} ${unitLabel}`;
}

/** Decimal year of an ISO date (or YYYY / YYYY-MM), for placing events on a yearly axis. */
export function decimalYear(date: string): number {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

/** Milliseconds since 1970 of an ISO date (or YYYY / YYYY-MM), for a weekly axis. */
export function timestamp(date: string): number {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
