import { describe, expect, it } from "vitest";
import { fetchEcos } from "../../scripts/online/ecos";
import { reply, stubOnline, type Reply } from "../helpers/online-stub";

const KEY = { ECOS_API_KEY: "ecos-test-key" };
const YEARS = { from: 2018, to: 2019 };
/** ECOS puts the key and the codes in the path: .../StatisticSearch/KEY/json/kr/1/1000/301Y015/A/2018/2019/REG2100/JP */
const ecos = (answer: (item: string) => Reply | undefined) =>
  stubOnline((url) => (url.hostname === "ecos.bok.or.kr" ? answer(url.pathname.split("/").at(-2)!) : undefined), KEY, YEARS);
const both = (item: string) => reply(item === "REG2100" ? "ecos/receipts.json" : "ecos/payments.json");

describe("fetchEcos", () => {
  it("reads services receipts from and payments to Japan (301Y015) as exports and imports", async () => {
    const { ctx, requests } = ecos(both);
    const { rows, sources } = await fetchEcos(ctx);
    expect(requests.map((r) => r.url.pathname)).toEqual([
      "/api/StatisticSearch/ecos-test-key/json/kr/1/1000/301Y015/A/2018/2019/REG2100/JP",
      "/api/StatisticSearch/ecos-test-key/json/kr/1/1000/301Y015/A/2018/2019/REG2200/JP",
    ]);
    expect(rows.map((r) => [r.indicator, r.direction, r.year, r.value, r.unit])).toEqual([
      ["export_value", "KOR-JPN", 2018, 8123.4, "USD_million"], ["export_value", "KOR-JPN", 2019, 9364, "USD_million"],
      ["import_value", "JPN-KOR", 2018, 7001, "USD_million"], ["import_value", "JPN-KOR", 2019, 6890.5, "USD_million"],
    ]);
    expect(rows[1]).toMatchObject({ sector: "services", measure: "bok-current-account-by-region", sourceId: "bok-ecos-301y015", quote: "서비스수입 · 일본, 2019: 9364 백만달러", sourceDate: "2025-03-01" });
    expect(sources[0].publisher).toBe("Bank of Korea, Economic Statistics System (ECOS)");
  });

  it.each([
    ["an empty result (INFO-200)", "ecos/no-data.json", 200, /ECOS INFO-200 for 301Y015 REG2100\/JP \(services receipts\), 2018–2019: 해당하는 데이터가 없습니다\. \(no data/],
    ["a rejected key (INFO-100)", "ecos/bad-key.json", 200, /ECOS INFO-100 .*인증키가 유효하지 않습니다.* \(check ECOS_API_KEY\)/],
    ["ECOS's own call limit (ERROR-602)", "ecos/too-many-calls.json", 200, /ECOS ERROR-602 .* \(too many calls: wait and try again\)/],
    ["an HTTP error", "ecos/no-data.json", 500, /ECOS: HTTP 500 Internal Server Error for 301Y015 REG2100\/JP .* The API said: 해당하는 데이터가 없습니다/],
    ["a rate limit (429)", "ecos/too-many-calls.json", 429, /ECOS: rate limit reached \(HTTP 429\)/],
  ])("fails on %s", async (_name, file, status, pattern) => {
    const { ctx } = ecos(() => reply(file, status));
    await expect(fetchEcos(ctx)).rejects.toThrow(pattern);
  });

  it("fails when the second series fails, so no half of the table is kept", async () => {
    const { ctx } = ecos((item) => (item === "REG2100" ? both(item) : reply("ecos/no-data.json")));
    await expect(fetchEcos(ctx)).rejects.toThrow(/REG2200\/JP \(services payments\)/);
  });

  it("rejects an answer for other codes or an unreadable value", async () => {
    const swap = (from: string, to: string) => ({ body: reply("ecos/receipts.json").body.replace(from, to) });
    await expect(fetchEcos(ecos(() => swap('"ITEM_CODE2":"JP"', '"ITEM_CODE2":"CN"')).ctx)).rejects.toThrow(/answered with REG2100\/CN/);
    await expect(fetchEcos(ecos(() => swap('"DATA_VALUE":"9364"', '"DATA_VALUE":"-"')).ctx)).rejects.toThrow(/2019: "-" is not a number/);
    await expect(fetchEcos(ecos(() => swap('"list_total_count":2', '"list_total_count":3')).ctx)).rejects.toThrow(/sent 2 of 3 rows/);
  });

  it("needs ECOS_API_KEY", async () => {
    const { ctx, requests } = stubOnline(() => undefined);
    await expect(fetchEcos(ctx)).rejects.toThrow(/ECOS_API_KEY is not set: .*https:\/\/ecos\.bok\.or\.kr\/api\//);
    expect(requests).toEqual([]);
  });
});
