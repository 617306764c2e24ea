import { describe, expect, it } from "vitest";
import { periodProblem } from "../../src/data/periods";

const base = { year: 2023, period: "calendar" as const, periodStart: "", periodEnd: "" };

describe("periodProblem", () => {
  it("accepts full years, halves, spans, running totals and snapshots with the dates each needs", () => {
    expect(periodProblem(base)).toBeNull();
    expect(periodProblem({ ...base, period: "fiscal" })).toBeNull();
    expect(periodProblem({ ...base, period: "h1" })).toBeNull();
    expect(periodProblem({ ...base, period: "span", periodStart: "2023-01", periodEnd: "2023-10" })).toBeNull();
    expect(periodProblem({ ...base, period: "span", periodStart: "2022-12-27", periodEnd: "2023-12-19" })).toBeNull();
    expect(periodProblem({ ...base, period: "to-date", periodEnd: "2024-12-15" })).toBeNull();
    expect(periodProblem({ ...base, year: null, period: "to-date", periodEnd: "2023-02" })).toBeNull();
    expect(periodProblem({ ...base, period: "snapshot", periodEnd: "2023-02" })).toBeNull();
  });

  it("names the column and the reason when the dates do not fit the period", () => {
    expect(periodProblem({ ...base, period: "to-date" })).toEqual({ column: "periodEnd", message: "a to-date period needs the date it runs to" });
    expect(periodProblem({ ...base, periodEnd: "2023-12" })).toEqual({ column: "periodEnd", message: "a calendar period takes no end date" });
    expect(periodProblem({ ...base, period: "span", periodEnd: "2023-05" })).toEqual({ column: "periodStart", message: "a span period needs a start date" });
    expect(periodProblem({ ...base, period: "span", periodStart: "2023-06", periodEnd: "2023-05" })).toEqual({ column: "periodStart", message: "the start is after the end" });
    expect(periodProblem({ ...base, period: "to-date", periodEnd: "2022-12" })).toEqual({ column: "periodEnd", message: "the end is before 2023" });
    expect(periodProblem({ ...base, period: "snapshot", periodEnd: "2024-02" })).toEqual({ column: "periodEnd", message: "a snapshot of 2023 must be dated in 2023" });
  });
});
