import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parse-csv";
import { observationRowSchema, type ObservationRow } from "../../src/data/schemas";
import { activateLanguage } from "../../src/i18n/i18n";
import { describeSeries, isYearly, periodLabel, seriesKey, sourceLabel, toFigure } from "../../src/lib/observation-series";

const base: ObservationRow = {
  year: 2012, period: "calendar", periodStart: "", periodEnd: "", indicator: "export_value", reporter: "JPN", partner: "WLD",
  direction: "JPN-WLD", sector: "broadcasting_MIC", measure: "mic-broadcast-exports", status: "final", quality: "", value: 10.43,
  unit: "JPY_billion", basis: "reported", note: "", sourceId: "a", sourcePublisher: "Example News", sourceTitle: "T",
  sourceDate: "2014-04-23", sourceVia: "", sourceUrl: "https://example.com", quote: "",
};
const row = (overrides: Partial<ObservationRow>): ObservationRow => ({ ...base, ...overrides });
const label = (kind: string, key: string) => (kind === "measure" && key === "mic-broadcast-exports" ? "Japan MIC broadcast exports" : key);

describe("isYearly", () => {
  it("puts calendar and fiscal years on the yearly axis and lists every other period", () => {
    expect([row({}), row({ period: "fiscal" })].map(isYearly)).toEqual([true, true]);
    const listed = [row({ period: "h1" }), row({ period: "to-date", periodEnd: "2023-04-28" }), row({ period: "snapshot", periodEnd: "2012-02" }), row({ period: "unknown" }), row({ year: null })];
    expect(listed.map(isYearly)).toEqual([false, false, false, false, false]);
  });
});

describe("fiscal years", () => {
  it("are a series of their own, named FY", () => {
    const fiscal = row({ period: "fiscal" });
    expect(seriesKey(fiscal)).not.toBe(seriesKey(row({})));
    expect(describeSeries(fiscal, label, ["sector", "measure"])).toBe("broadcasting_MIC · Japan MIC broadcast exports (FY)");
    expect(periodLabel(fiscal)).toBe("FY2012");
  });
});

describe("periodLabel", () => {
  it("says what span a listed figure covers", () => {
    expect(periodLabel(row({ year: 2023, period: "h1" }))).toBe("first half of 2023");
    expect(periodLabel(row({ year: 2015, period: "q3" }))).toBe("Q3 of 2015");
    expect(periodLabel(row({ year: 2008, period: "span", periodStart: "2008-01", periodEnd: "2008-05" }))).toBe("January 2008 – May 2008");
    expect(periodLabel(row({ year: 2023, period: "to-date", periodEnd: "2024-12-15" }))).toBe("cumulative to 15 December 2024");
    expect(periodLabel(row({ year: 2005, period: "snapshot", periodEnd: "2005-02" }))).toBe("as at February 2005");
    expect(periodLabel(row({ year: null, period: "unknown" }))).toBe("year and span not stated");
  });

  it("says it in Korean and Japanese, with dates as each language writes them", async () => {
    await activateLanguage("ko");
    expect(periodLabel(row({ year: 2023, period: "h1" }))).toBe("2023년 상반기");
    expect(periodLabel(row({ year: 2012, period: "fiscal" }))).toBe("2012 회계연도");
    await activateLanguage("ja");
    expect(periodLabel(row({ year: 2023, period: "to-date", periodEnd: "2024-12-15" }))).toBe("2024年12月15日までの累計");
    expect(periodLabel(row({ year: 2015, period: "q3" }))).toBe("2015年第3四半期");
    await activateLanguage("en");
  });
});

describe("sourceLabel", () => {
  it("names the copy a figure was read in and flags a weak page, in the tooltip's source too", () => {
    const copy = row({ sourceVia: "a repost on a forum", quality: "weak" });
    expect(sourceLabel(copy)).toBe("Example News, read in a repost on a forum (weak source)");
    expect(toFigure(copy).sources[0].publisher).toBe(sourceLabel(copy));
    expect(sourceLabel(row({}))).toBe("Example News");
  });
});

describe("archived versions", () => {
  it("still read, with their old period names mapped onto the model", async () => {
    const legacy = [
      "year,period,indicator,reporter,partner,direction,sector,measure,status,value,unit,basis,note,sourceId,sourcePublisher,sourceTitle,sourceDate,sourceUrl,quote",
      "2016,year,export_value,KOR,JPN,KOR-JPN,music,source:a,final,277.29,USD_million,reported,,a,A,T,2018,https://example.com,",
      "2020,jan-nov,export_value,KOR,JPN,KOR-JPN,music_physical_albums,customs-albums,final,60,USD_million,reported,,a,A,T,2020,https://example.com,",
    ].join("\n");
    const rows = parseCsv(legacy, observationRowSchema, "old.csv");
    expect(rows.map((r) => [r.period, periodLabel(r), isYearly(r), r.quality, r.sourceVia])).toEqual([
      ["calendar", "2016", true, "", ""],
      ["span", "part of 2020", false, "", ""],
    ]);
    const archived = await readFile("data/archive/trade-flows-1f8e13bce002.csv", "utf8");
    expect(parseCsv(archived, observationRowSchema, "trade-flows-1f8e13bce002.csv").length).toBeGreaterThan(100);
  });
});
