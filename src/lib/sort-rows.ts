export type SortOrder = { key: string; direction: "ascending" | "descending" };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/**
 * Rows sorted by a value, numbers as numbers and text in natural order ("2" before "10"); blank values (null, "")
 * stay last in both directions, and equal values keep their order.
 */
export function sortRows<T>(rows: T[], value: (row: T) => string | number | null | undefined, direction: SortOrder["direction"]): T[] {
  const sign = direction === "ascending" ? 1 : -1;
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      if (blank(a.v) || blank(b.v)) return Number(blank(a.v)) - Number(blank(b.v)) || a.i - b.i;
      const diff = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return sign * diff || a.i - b.i;
    })
    .map((x) => x.row);
}
