import { describe, expect, it } from "vitest";
import { layoutYears, type Figure } from "../../src/lib/year-series";

const figure = (year: number, value: number, publisher = "A"): Figure => ({
  year, value, unit: "USD_million", basis: "reported", status: "final", sources: [{ publisher, date: "2020", url: "https://example.com" }],
});

describe("layoutYears", () => {
  it("leaves missing years empty so no line crosses a gap", () => {
    const { rows } = layoutYears([{ key: "s", label: "S", figures: [figure(2010, 1), figure(2012, 3)] }], 2010, 2012);
    expect(rows).toEqual([{ x: 2010, s: 1 }, { x: 2011 }, { x: 2012, s: 3 }]);
  });

  it("merges agreeing sources into one point and keeps disagreeing ones apart, with no line through them", () => {
    const series = [{ key: "s", label: "S", figures: [figure(2021, 12450, "A"), figure(2021, 12450, "B"), figure(2021, 12240, "C"), figure(2020, 11920)] }];
    const { rows, info, extraKeys } = layoutYears(series, 2020, 2021);
    expect(rows[1]).toEqual({ x: 2021, s: null, "s~0": 12240, "s~1": 12450 });
    expect(extraKeys).toEqual({ s: 2 });
    expect(info[2021].s.map((f) => f.sources[0].publisher)).toEqual(["A", "B", "C"]);
  });
});
