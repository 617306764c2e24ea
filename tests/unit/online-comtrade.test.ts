import { describe, expect, it } from "vitest";
import { fetchComtrade } from "../../scripts/online/comtrade";
import { reply, stubOnline, type Reply } from "../helpers/online-stub";

const comtrade = (answer: Reply, env: Record<string, string> = {}, years = { from: 2023, to: 2023 }) =>
  stubOnline((url) => (url.hostname === "comtradeapi.un.org" ? answer : undefined), env, years);

describe("fetchComtrade", () => {
  it("keeps each reporter's figure for the same flow as its own statistic", async () => {
    const { ctx, requests } = comtrade(reply("comtrade/records.json"), { COMTRADE_API_KEY: "ct-key" });
    const { rows } = await fetchComtrade(ctx);
    expect(requests[0].url.pathname).toBe("/data/v1/get/C/A/HS");
    expect(requests[0].headers).toEqual({ "Ocp-Apim-Subscription-Key": "ct-key" });
    expect(Object.fromEntries(["reporterCode", "partnerCode", "cmdCode", "flowCode", "period"].map((k) => [k, requests[0].url.searchParams.get(k)]))).toEqual({
      reporterCode: "410,392", partnerCode: "392,410", cmdCode: "8523,4901,4902,9504", flowCode: "X,M", period: "2023",
    });
    expect(rows.map((r) => [r.measure, r.indicator, r.direction, r.sector, r.value, r.status])).toEqual([
      ["comtrade-reported-by-KOR", "export_value", "KOR-JPN", "goods_hs8523", 123456789, "final"],
      ["comtrade-reported-by-JPN", "import_value", "KOR-JPN", "goods_hs8523", 130000000.5, "final"],
      ["comtrade-reported-by-KOR", "import_value", "JPN-KOR", "goods_hs9504", 45000000, "final"],
      ["comtrade-reported-by-JPN", "export_value", "JPN-KOR", "goods_hs9504", 47000000, "estimate"],
    ]);
  });

  it("uses the keyless public preview when no key is set", async () => {
    const { ctx, requests } = comtrade(reply("comtrade/records.json"));
    const { sources } = await fetchComtrade(ctx);
    expect(requests[0].url.pathname).toBe("/public/v1/preview/C/A/HS");
    expect(requests[0].headers).toEqual({});
    expect(sources[0].title).toMatch(/\(public preview\)$/);
  });

  it("asks for at most 12 years at a time", async () => {
    const route = (url: URL) => reply(url.searchParams.get("period")!.includes("2023") ? "comtrade/records.json" : "comtrade/empty.json");
    const { ctx, requests } = stubOnline((url) => route(url), {}, { from: 2000, to: 2024 });
    await fetchComtrade(ctx);
    expect(requests.map((r) => r.url.searchParams.get("period")!.split(",").length)).toEqual([12, 12, 1]);
  });

  it.each([
    ["an empty result", reply("comtrade/empty.json"), /UN Comtrade: no records for Korea–Japan trade in HS 8523, 4901, 4902, 9504, 2023–2023/],
    ["the publisher's error field", reply("comtrade/error.json"), /UN Comtrade: error for HS .*: Invalid parameter: period\. Maximum of 12 periods allowed\./],
    ["a rejected key (HTTP 401)", reply("comtrade/invalid-key.json", 401), /UN Comtrade: HTTP 401 Unauthorized .* The API said: Access denied due to invalid subscription key/],
    ["a rate limit (HTTP 429)", reply("comtrade/rate-limit.json", 429, { "Retry-After": "1" }), /UN Comtrade: rate limit reached \(HTTP 429\) .* The API said: Rate limit is exceeded/],
  ])("fails on %s", async (_name, answer, pattern) => {
    await expect(fetchComtrade(comtrade(answer).ctx)).rejects.toThrow(pattern);
  });

  it("fails on two figures for the same flow rather than picking one", async () => {
    const doubled = reply("comtrade/records.json").body.replace('"primaryValue":45000000', '"primaryValue":45000000},{"refYear":2023,"reporterCode":410,"partnerCode":392,"flowCode":"M","cmdCode":"9504","primaryValue":1');
    await expect(fetchComtrade(comtrade({ body: doubled }).ctx)).rejects.toThrow(/UN Comtrade: two figures for comtrade-reported-by-KOR import_value KOR JPN goods_hs9504 2023/);
  });
});
