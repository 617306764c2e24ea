import { describe, expect, it } from "vitest";
import { currencyOf, inUnit, readingUnit, splitByCurrency, toReadingUnit } from "../../src/lib/reading-scale";

const r = (value: number, unit: string) => ({ value, unit });

describe("readingUnit", () => {
  it("reads market sizes of millions to trillions of dollars in billions", () => {
    expect(readingUnit([r(50, "USD_million"), r(180, "USD_billion"), r(40, "USD_billion")])).toBe("USD_billion");
  });

  it("reads KOSIS thousands beside press millions in millions", () => {
    expect(readingUnit([r(362_000, "USD_thousand"), r(412_000, "USD_thousand"), r(276, "USD_million")])).toBe("USD_million");
  });

  it("keeps a unit without a scale as it is", () => {
    expect(readingUnit([r(14, "ratio")])).toBe("ratio");
    expect(readingUnit([])).toBe("");
  });
});

describe("inUnit", () => {
  it("writes the same amount in another scale of its currency, without float noise", () => {
    expect(inUnit(r(1234, "USD_thousand"), "USD_million")).toEqual(r(1.234, "USD_million"));
    expect(inUnit(r(0.3, "JPY_trillion"), "JPY_billion")).toEqual(r(300, "JPY_billion"));
  });

  it("never converts between currencies", () => {
    expect(inUnit(r(5, "KRW_billion"), "USD_million")).toEqual(r(5, "KRW_billion"));
  });
});

describe("splitByCurrency", () => {
  it("puts every scale of one currency on one chart, the most common first", () => {
    const rows = [r(1, "USD_million"), r(2, "USD_thousand"), r(3, "KRW_billion"), r(4, "percent")];
    expect(splitByCurrency(rows).map((g) => [g.currency, g.rows.length])).toEqual([["USD", 2], ["KRW", 1], ["percent", 1]]);
    expect(currencyOf("JPY_trillion")).toBe("JPY");
    expect(toReadingUnit([r(1500, "USD_thousand"), r(2, "USD_million")])).toEqual([r(1.5, "USD_million"), r(2, "USD_million")]);
  });
});
