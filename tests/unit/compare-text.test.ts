import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeText, sentenceText } from "../../src/lib/compare-text";
import type { CrossBorderWeek, ObservationRow } from "../../src/data/schemas";
import { activateLanguage, loadExtra } from "../../src/i18n/i18n";
import { weekSentenceFacts, yearSentenceFacts } from "../../src/lib/compare-sentence";
import { weekComparisonTable, yearComparisonTable } from "../../src/lib/compare-tables";
import { compareWeeks } from "../../src/lib/compare-weeks";
import { compareYears } from "../../src/lib/compare-years";
import { formatNumber, formatValue } from "../../src/lib/format";

const base: ObservationRow = {
  year: 2000, period: "calendar", periodStart: "", periodEnd: "", indicator: "export_share", reporter: "KOR", partner: "JPN", direction: "KOR-JPN",
  sector: "music", measure: "kocca-survey", status: "final", value: 0, unit: "percent", basis: "reported", note: "", quality: "", sourceVia: "",
  sourceId: "s1", sourcePublisher: "KOCCA", sourceTitle: "Survey", sourceDate: "2010", sourceUrl: "https://example.org/s1", quote: "",
};
// Shares of 60, 50 and 40 % before a 2019 event; 30 and 20 % after it (2022 has no figure).
const shares = [[2016, 60], [2017, 50], [2018, 40], [2019, 99], [2020, 30], [2021, 20]].map(([year, value]) => ({ ...base, year, value }));
const curbs = { date: "2019-07-01", endDate: "2019-07-04" };
const years = compareYears(shares, curbs, { before: 3, after: 3 });
const percent = (lang: "en" | "ko" | "ja") => (v: number) => formatValue(v, "percent", lang);

const week = (date: string, entries: number, bestRank: number | null): CrossBorderWeek => ({
  week: date, chart: "Netflix top 10", country: "KR", category: "Films", origin: "JPN", entries, slots: entries, bestRank,
  titles: entries ? `Your Name (${bestRank})` : "", listSize: 10, unknownEntries: 0, samples: 1,
});
// Four Sunday-named weeks before an event on Wednesday 8 March 2023 (its week ends on the 12th), four after.
const lists = [week("2023-02-12", 0, null), week("2023-02-19", 1, 4), week("2023-02-26", 1, 6), week("2023-03-05", 0, null), week("2023-03-12", 2, 1),
  week("2023-03-19", 2, 2), week("2023-03-26", 2, 3), week("2023-04-02", 1, 5), week("2023-04-09", 1, 7)];
const weeks = compareWeeks(lists, { date: "2023-03-08" }, { before: 4, after: 4 });

beforeAll(() => loadExtra("compare", "en"));

describe("sentenceText", () => {
  afterAll(() => activateLanguage("en"));

  it("states the means, the change and what they rest on, in English, with no word of cause", () => {
    const facts = yearSentenceFacts(years, years.series[0])!;
    const text = sentenceText(facts, { event: "Export curbs", series: "Music", value: percent("en"), lang: "en", unit: "percent" });
    expect(text).toBe("In the 3 years after Export curbs, Music averaged 25%, against 50% in the 3 years before (-25 points (-50%)), from 2 and 3 yearly figures. One window rests on only one or two figures.");
    expect(text).not.toMatch(/because|caused|due to|led to|effect|impact/i);
  });

  it("says weekly means per week and counts weekly lists", () => {
    const facts = weekSentenceFacts(weeks, weeks.series[0], "entries")!;
    const text = sentenceText(facts, { event: "Suzume", series: "Japanese films", value: (v) => `${formatNumber(v, "en")} a week`, change: (v) => formatNumber(v, "en"), lang: "en" });
    expect(text).toBe("In the 4 weeks after Suzume, Japanese films averaged 1.5 a week, against 0.5 a week in the 4 weeks before (+1 (+200%)), from 4 and 4 weekly lists.");
  });

  it("writes the same numbers in Korean and Japanese", async () => {
    const facts = yearSentenceFacts(years, years.series[0])!;
    await activateLanguage("ko");
    expect(sentenceText(facts, { event: "수출 규제", series: "음악", value: percent("ko"), lang: "ko", unit: "percent" }))
      .toBe("수출 규제 이후 3년 동안 음악의 평균은 25%로, 그 전 3년의 50%와 비교해 -25%포인트 (-50%)였습니다(각각 연간 수치 2개와 3개 기준). 한쪽 기간은 수치가 한두 개뿐입니다.");
    await activateLanguage("ja");
    expect(sentenceText(facts, { event: "輸出規制", series: "音楽", value: percent("ja"), lang: "ja", unit: "percent" }))
      .toBe("輸出規制の後の3年間、音楽の平均は25%で、その前の3年間の50%と比べて-25ポイント（-50%）でした（それぞれ年次の数値2件と3件による）。一方の期間は数値が1～2件しかありません。");
  });
});

describe("changeText", () => {
  it("gives no relative change from a zero base, and none where it is asked not to", () => {
    const count = (v: number) => formatNumber(v, "en");
    expect(changeText({ before: 0, after: 2, absolute: 2, relative: null }, count, "en")).toBe("+2");
    expect(changeText({ before: 4, after: 3, absolute: -1, relative: -0.25 }, count, "en", undefined, false)).toBe("-1");
    expect(changeText({ before: 4, after: 4, absolute: 0, relative: 0 }, count, "en")).toBe("0 (0%)");
  });
});

describe("comparison CSV tables", () => {
  beforeAll(() => loadExtra("exports", "en"));

  it("give one row per yearly statistic with the figures behind each mean", () => {
    const table = yearComparisonTable(years, () => "Music", "export-curbs");
    const at = (h: string) => table.headers.indexOf(h);
    expect(table.rows).toHaveLength(1);
    const [row] = table.rows;
    expect([row[at("Event")], row[at("Before: inputs")], row[at("Before: value or mean")], row[at("After: inputs")], row[at("After: value or mean")]])
      .toEqual(["export-curbs", "2016: 60; 2017: 50; 2018: 40", 50, "2020: 30; 2021: 20", 25]);
    expect([row[at("Change (after − before)")], row[at("Relative change (ratio to before)")], row[at("After: figures (count)")]]).toEqual([-25, -0.5, 2]);
  });

  it("give one row per weekly list with each week's entries and best rank, and the titles that entered", () => {
    const table = weekComparisonTable(weeks, "suzume", "Netflix");
    const at = (h: string) => table.headers.indexOf(h);
    const [row] = table.rows;
    expect(row[at("Before: inputs")]).toBe("2023-02-12: 0; 2023-02-19: 1 (4); 2023-02-26: 1 (6); 2023-03-05: 0");
    expect([row[at("Before: mean distinct entries")], row[at("After: mean distinct entries")], row[at("Before: mean best rank")], row[at("After: mean best rank")]])
      .toEqual([0.5, 1.5, 5, 4.25]);
    expect(row[at("Entered after, absent before: title (weeks; best rank)")]).toBe("");
  });
});
