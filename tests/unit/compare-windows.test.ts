import { describe, expect, it } from "vitest";
import { changeBetween, parseWindow, parseWindows, serializeWindows } from "../../src/lib/compare-windows";
import { eventSpan } from "../../src/lib/event-span";

describe("parseWindow", () => {
  it("reads a size within the limits", () => {
    expect(parseWindow("2", "years")).toBe(2);
    expect(parseWindow("26", "weeks")).toBe(26);
    expect(parseWindow(4, "years")).toBe(4);
  });

  it("falls back to 3 years or 12 weeks when missing or not a number", () => {
    for (const junk of [undefined, null, "", " ", "abc", "3y", "0x10", "1e3", "NaN", "Infinity", {}, ["2"]]) {
      expect(parseWindow(junk, "years")).toBe(3);
      expect(parseWindow(junk, "weeks")).toBe(12);
    }
  });

  it("clamps to 1–5 years and 4–52 weeks and rounds fractions", () => {
    expect(parseWindow("0", "years")).toBe(1);
    expect(parseWindow("-2", "years")).toBe(1);
    expect(parseWindow("9", "years")).toBe(5);
    expect(parseWindow("1", "weeks")).toBe(4);
    expect(parseWindow("104", "weeks")).toBe(52);
    expect(parseWindow("2.6", "years")).toBe(3);
    expect(parseWindow(" 8 ", "weeks")).toBe(8);
  });
});

describe("parseWindows and serializeWindows", () => {
  it("read before and after from a query string", () => {
    expect(parseWindows(new URLSearchParams("event=suzume&before=8&after=30"), "weeks")).toEqual({ before: 8, after: 30 });
    expect(parseWindows(new URLSearchParams("before=oops"), "years")).toEqual({ before: 3, after: 3 });
    expect(parseWindows({ after: "1" }, "years")).toEqual({ before: 3, after: 1 });
  });

  it("write only sizes that differ from the default, and round-trip", () => {
    expect(serializeWindows({ before: 3, after: 3 }, "years")).toEqual({});
    expect(serializeWindows({ before: 12, after: 20 }, "weeks")).toEqual({ after: "20" });
    expect(serializeWindows({ before: 99, after: 12 }, "weeks")).toEqual({ before: "52" });
    const sizes = { before: 5, after: 1 };
    expect(parseWindows(serializeWindows(sizes, "years"), "years")).toEqual(sizes);
  });
});

describe("changeBetween", () => {
  it("gives absolute and relative change", () => {
    expect(changeBetween(20, 45)).toEqual({ before: 20, after: 45, absolute: 25, relative: 1.25 });
  });

  it("gives no relative change on a zero or negative base", () => {
    expect(changeBetween(0, 2)).toEqual({ before: 0, after: 2, absolute: 2, relative: null });
    expect(changeBetween(-10, -5)).toEqual({ before: -10, after: -5, absolute: 5, relative: null });
  });

  it("gives nothing when a side is missing", () => {
    expect(changeBetween(null, 3)).toBeNull();
    expect(changeBetween(3, null)).toBeNull();
  });
});

describe("eventSpan", () => {
  it("spans a day, a month, a year and a period", () => {
    expect(eventSpan({ date: "2023-03-08" })).toEqual({ start: "2023-03-08", end: "2023-03-08", startYear: 2023, endYear: 2023, isPeriod: false });
    expect(eventSpan({ date: "2020-02", endDate: "" })).toMatchObject({ start: "2020-02-01", end: "2020-02-29" });
    expect(eventSpan({ date: "2011" })).toMatchObject({ start: "2011-01-01", end: "2011-12-31", isPeriod: false });
    expect(eventSpan({ date: "1998-10-20", endDate: "2004-01-01" })).toMatchObject({ startYear: 1998, endYear: 2004, isPeriod: true });
    expect(eventSpan({ date: "2003-04", endDate: "2003-09" })).toMatchObject({ start: "2003-04-01", end: "2003-09-30" });
  });

  it("rejects a malformed date, a day that does not exist and an end before the start", () => {
    expect(() => eventSpan({ date: "2023-3-8" })).toThrow(/not a date/);
    expect(() => eventSpan({ date: "2023-02-30" })).toThrow(/no such day/);
    expect(() => eventSpan({ date: "2023-05-01", endDate: "2023-04" })).toThrow(/ends \(2023-04\) before it starts/);
  });
});
