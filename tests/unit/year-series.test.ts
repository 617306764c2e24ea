import { describe, expect, it } from "vitest";
import { agree, layoutYears, type Figure } from "../../src/lib/year-series";

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

  it("counts figures that agree after rounding to the less precise one as one point, drawn at the more precise", () => {
    const series = [{ key: "s", label: "S", figures: [figure(2019, 277.3, "A"), figure(2019, 277.29, "B"), figure(2020, 14, "A"), figure(2020, 14.6, "B")] }];
    const { rows, extraKeys, info } = layoutYears(series, 2019, 2020);
    expect(rows[0]).toEqual({ x: 2019, s: 277.29 });
    expect(info[2019].s).toHaveLength(2);
    expect(rows[1]).toEqual({ x: 2020, s: null, "s~0": 14, "s~1": 14.6 });
    expect(extraKeys).toEqual({ s: 2 });
  });
});

describe(agree, () => {
  it("rounds both figures to the precision of the less precise one", () => {
    expect(agree(277.3, 277.29)).toBe(true);
    expect(agree(277.3, 277.36)).toBe(false);
    expect(agree(14, 14.4)).toBe(true);
    expect(agree(12450, 12240)).toBe(false);
  });
});
