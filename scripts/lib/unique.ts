import { DataError } from "../../src/data/data-error";

/** Fail on the first row whose key was seen before, naming both lines (header = line 1). */
export function assertUnique<T>(rows: T[], key: (row: T) => string, file: string, what = "key"): void {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const k = key(row);
    const first = seen.get(k);
    if (first !== undefined) {
      throw new DataError(file, index + 2, `duplicate ${what} (${k}), first seen on line ${first}`);
    }
    seen.set(k, index + 2);
  });
}
