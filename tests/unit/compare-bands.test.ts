import { describe, expect, it } from "vitest";
import { weekBands, yearBands } from "../../src/lib/compare-bands";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const HALF_WEEK = 3.5 * 86_400_000;

describe("yearBands", () => {
  it("covers the years before and after the event's own years, half a year either side", () => {
    expect(yearBands({ date: "2002-05-31", endDate: "2002-06-30" }, { before: 3, after: 2 })).toEqual({ before: [1998.5, 2001.5], after: [2002.5, 2004.5] });
    expect(yearBands({ date: "2003-04", endDate: "2004" }, { before: 1, after: 1 })).toEqual({ before: [2001.5, 2002.5], after: [2004.5, 2005.5] });
  });
});

describe("weekBands", () => {
  it("covers the lists named by the Sundays before and after the week holding the event", () => {
    // Suzume opened on Wednesday 8 March 2023, in the Netflix week ending Sunday 12 March.
    const bands = weekBands({ date: "2023-03-08" }, { before: 12, after: 4 }, "2021-07-04", "end");
    expect(bands.before).toEqual([at("2022-12-18") - HALF_WEEK, at("2023-03-05") + HALF_WEEK]);
    expect(bands.after).toEqual([at("2023-03-19") - HALF_WEEK, at("2023-04-09") + HALF_WEEK]);
  });

  it("counts weeks on a Monday grid for charts named by the week's first day", () => {
    const bands = weekBands({ date: "2023-03-08" }, { before: 4, after: 4 }, "2023-05-15", "start");
    expect(bands.before).toEqual([at("2023-02-06") - HALF_WEEK, at("2023-02-27") + HALF_WEEK]);
    expect(bands.after).toEqual([at("2023-03-13") - HALF_WEEK, at("2023-04-03") + HALF_WEEK]);
  });
});
