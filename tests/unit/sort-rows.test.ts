import { describe, expect, it } from "vitest";
import { sortRows } from "../../src/lib/sort-rows";

describe("sortRows", () => {
  const rows = [{ v: 10 }, { v: null }, { v: 2 }, { v: 2.5 }];

  it("sorts numbers as numbers, both ways, blanks last", () => {
    expect(sortRows(rows, (r) => r.v, "ascending").map((r) => r.v)).toEqual([2, 2.5, 10, null]);
    expect(sortRows(rows, (r) => r.v, "descending").map((r) => r.v)).toEqual([10, 2.5, 2, null]);
  });

  it("sorts text in natural order and keeps ties in place", () => {
    const text = [{ v: "Week 10", i: 0 }, { v: "week 2", i: 1 }, { v: "Week 2", i: 2 }];
    expect(sortRows(text, (r) => r.v, "ascending").map((r) => r.i)).toEqual([1, 2, 0]);
  });
});
