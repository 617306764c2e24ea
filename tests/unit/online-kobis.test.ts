import { describe, expect, it } from "vitest";
import { daysOf, fetchKobis } from "../../scripts/online/kobis";
import { reply, stubOnline, type Reply } from "../helpers/online-stub";

const KEY = { KOBIS_API_KEY: "kobis-test-key" };
const kobis = (daily: (day: string) => Reply, years = { from: 2023, to: 2023 }) =>
  stubOnline((url) => {
    if (url.pathname.endsWith("/boxoffice/searchDailyBoxOfficeList.json")) return daily(url.searchParams.get("targetDt")!);
    if (url.pathname.endsWith("/movie/searchMovieInfo.json")) return reply(`kobis/movie-${url.searchParams.get("movieCd")}.json`);
  }, KEY, years);

describe("fetchKobis", () => {
  it("sums every day's top 10 of the year by the films' nationality, as its own measure", async () => {
    const { ctx, requests } = kobis(() => reply("kobis/daily.json"));
    const { rows, sources } = await fetchKobis(ctx);
    expect(requests.filter((r) => r.url.pathname.includes("searchDailyBoxOfficeList"))).toHaveLength(365);
    expect(requests.filter((r) => r.url.pathname.includes("searchMovieInfo"))).toHaveLength(3);
    const find = (partner: string, indicator: string) => rows.find((r) => r.partner === partner && r.indicator === indicator);
    expect(find("WLD", "admissions")?.value).toBe(365 * 200);
    expect(find("JPN", "admissions")).toMatchObject({ value: 365 * 100, direction: "JPN-KOR", basis: "computed", measure: "kobis-api-daily-top10" });
    expect(find("JPN", "box_office_share_admissions")?.value).toBe(50);
    expect(find("USA", "box_office_share_revenue")?.value).toBe(20);
    expect(find("KOR", "films_screened")?.value).toBe(1);
    expect(find("JPN", "admissions")?.note).toMatch(/only on the days it was in the top 10, so totals are lower bounds/);
    expect(sources[0]).toMatchObject({ id: "kobis-api", url: "https://www.kobis.or.kr/kobisopenapi/" });
  });

  it("fails on the publisher's fault object, naming the day", async () => {
    await expect(fetchKobis(kobis(() => reply("kobis/invalid-key.json")).ctx)).rejects.toThrow(/KOBIS error 320010 for daily box office of 20230101: 유효하지않은 키값입니다\./);
  });

  it("fails on a day with an empty list rather than undercounting the year", async () => {
    const { ctx } = kobis((day) => reply(day === "20230704" ? "kobis/empty-day.json" : "kobis/daily.json"));
    await expect(fetchKobis(ctx)).rejects.toThrow(/KOBIS: no box office for 20230704; nothing was written/);
  });

  it("fails on an HTTP error and on a rate limit", async () => {
    await expect(fetchKobis(kobis(() => reply("kobis/invalid-key.json", 500)).ctx)).rejects.toThrow(/KOBIS: HTTP 500 .* The API said: 유효하지않은 키값입니다/);
    const limited = kobis(() => reply("kobis/invalid-key.json", 429));
    await expect(fetchKobis(limited.ctx)).rejects.toThrow(/KOBIS: rate limit reached \(HTTP 429\) for daily box office of 20230101/);
    expect(limited.waits).toEqual([5000, 5000]);
  });

  it("reads only full years, last year by default, and needs KOBIS_API_KEY", async () => {
    await expect(fetchKobis(kobis(() => reply("kobis/daily.json"), { from: 2024, to: 2025 }).ctx)).rejects.toThrow(/only full years before 2025/);
    const { ctx, requests } = stubOnline(() => undefined);
    await expect(fetchKobis(ctx)).rejects.toThrow(/KOBIS_API_KEY is not set: .*https:\/\/www\.kobis\.or\.kr\/kobisopenapi\//);
    expect(requests).toEqual([]);
    expect(daysOf(2024)).toHaveLength(366);
    expect(daysOf(2023).slice(0, 2)).toEqual(["20230101", "20230102"]);
  });
});
