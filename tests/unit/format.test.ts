import { describe, expect, it } from "vitest";
import { formatDate, formatMonth, formatNumber, formatValue, myriads } from "../../src/lib/format";

describe("formatValue", () => {
  it("writes amounts as each language does, in the unit's own words", () => {
    expect(formatValue(277.29, "USD_million", "en", "US$ million")).toBe("277.29 US$ million");
    expect(formatValue(277.29, "USD_million", "ko")).toBe("2억 7,729만 달러");
    expect(formatValue(277.29, "USD_million", "ja")).toBe("2億7,729万ドル");
    expect(formatValue(1.2, "KRW_trillion", "ko")).toBe("1조 2,000억 원");
    expect(formatValue(12.85, "JPY_trillion", "ja")).toBe("12兆8,500億円");
    expect(formatValue(1234.5, "KRW_billion", "ja")).toBe("1兆2,345億ウォン");
    expect(formatValue(45678, "USD_thousand", "ko")).toBe("4,567만 8,000 달러");
  });

  it("keeps negative balances negative and counts people in their counter word", () => {
    expect(formatValue(-23.1, "USD_million", "ko")).toBe("-2,310만 달러");
    expect(formatValue(12345678, "persons", "ko")).toBe("1,234만 5,678명");
    expect(formatValue(12345678, "persons", "ja")).toBe("1,234万5,678人");
  });

  it("writes shares, multiples and ranks in each language", () => {
    expect(["en", "ko", "ja"].map((l) => formatValue(14.1, "percent", l as "en"))).toEqual(["14.1%", "14.1%", "14.1%"]);
    expect(formatValue(2.3, "ratio", "en")).toBe("2.3×");
    expect(formatValue(2.3, "ratio", "ko")).toBe("2.3배");
    expect(formatValue(3, "rank", "ja")).toBe("3位");
    expect(formatValue(3, "rank", "en")).toBe("No. 3");
  });

  it("falls back to the number and the unit's label for a unit it has no words for", () => {
    expect(formatValue(5, "EUR_million", "ko", "EUR_million")).toBe("5 EUR_million");
  });
});

describe("myriads and formatNumber", () => {
  it("group by four digits and keep small values and fractions", () => {
    expect(myriads(100_000_000, "ko")).toBe("1억");
    expect(myriads(0.5, "ja")).toBe("0.5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
  });
});

describe("formatDate and formatMonth", () => {
  it("write a date as precisely as it is given", () => {
    expect(formatDate("2023-03-12", "en")).toBe("12 March 2023");
    expect(formatDate("2023-03-12", "ko")).toBe("2023년 3월 12일");
    expect(formatDate("2023-03-12", "ja")).toBe("2023年3月12日");
    expect(formatDate("2003-04", "ja")).toBe("2003年4月");
    expect(formatDate("2011", "ko")).toBe("2011년");
    expect(formatDate("not a date", "ja")).toBe("not a date");
  });

  it("label weekly axes by month", () => {
    expect(formatMonth(Date.UTC(2023, 2, 12), "ko")).toBe("2023년 3월");
    expect(formatMonth(Date.UTC(2023, 2, 12), "ja")).toBe("2023年3月");
    expect(formatMonth(Date.UTC(2023, 2, 12), "en")).toBe("Mar 2023");
  });
});
