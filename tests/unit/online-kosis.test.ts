import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readKosisMusic } from "../../scripts/lib/kosis-music";
import { KOSIS_MUSIC } from "../../scripts/lib/kosis-tables";
import { regionalFlowRows, regionalShareRows } from "../../scripts/lib/regional-table";
import { fetchKosis, loadKosisTables } from "../../scripts/online/kosis";
import { reply, stubOnline, type Reply } from "../helpers/online-stub";

const KEY = { KOSIS_API_KEY: "kosis-test-key" };
const YEARS = { from: 2005, to: 2007 };
const kosis = (answer: Reply | ((calls: number) => Reply)) =>
  stubOnline((url, calls) => (url.pathname === "/openapi/Param/statisticsParameterData.do" ? (typeof answer === "function" ? answer(calls) : answer) : undefined), KEY, YEARS);
const offline = readKosisMusic(
  readFileSync(resolve(process.cwd(), "tests/fixtures/sources/kosis-music-export-by-region/music-export-by-region_2005-2024.json"), "utf8"),
  "copy.json",
);
const withoutProvenance = <T extends { sourceDate: string; sourceVia: string }>(rows: T[]) => rows.map((r) => ({ ...r, sourceDate: "", sourceVia: "" }));

describe("fetchKosis", () => {
  it("asks KOSIS for the music table and turns its cells into the same rows as the offline copy", async () => {
    const { ctx, requests } = kosis(reply("kosis/music-2005-2007.json"));
    const [table] = await fetchKosis(ctx, [KOSIS_MUSIC]);
    const params = requests[0].url.searchParams;
    expect(Object.fromEntries(["apiKey", "orgId", "tblId", "itmId", "objL1", "prdSe", "startPrdDe", "endPrdDe", "format", "jsonVD"].map((k) => [k, params.get(k)]))).toEqual({
      apiKey: "kosis-test-key", orgId: "113", tblId: "DT_113_STBL_1020468", itmId: "ALL", objL1: "ALL", prdSe: "Y", startPrdDe: "2005", endPrdDe: "2007", format: "json", jsonVD: "Y",
    });
    expect(withoutProvenance(regionalFlowRows(table))).toEqual(withoutProvenance(regionalFlowRows(offline)));
    expect(withoutProvenance(regionalShareRows(table))).toEqual(withoutProvenance(regionalShareRows(offline)));
    expect(table.source).toMatchObject({ ...offline.source, via: "", repairs: "", retrieved: "2025-03-01" });
  });

  it("reads a table listed in the config with its own sector and measure", async () => {
    const games = { ...KOSIS_MUSIC, id: "kosis-games", sector: "games", measure: "kosis-games-by-region", tblId: "DT_113_STBL_1020468" };
    const { ctx } = kosis(reply("kosis/music-2005-2007.json"));
    const [table] = await fetchKosis(ctx, [games]);
    expect(regionalFlowRows(table)[0]).toMatchObject({ sector: "games", measure: "kosis-games-by-region", sourceId: "kosis-games" });
  });

  it.each([
    ["the publisher's error object", reply("kosis/error-key-expired.json"), /KOSIS error 11 for table 113\/DT_113_STBL_1020468, 2005–2007: 인증KEY의 기간이 만료되었습니다\. \(the key has expired/],
    ["no data (err 30)", reply("kosis/error-no-data.json"), /KOSIS error 30 .*데이터가 존재하지 않습니다/],
    ["an empty result", reply("kosis/empty.json"), /KOSIS: no data for table 113\/DT_113_STBL_1020468/],
    ["an HTTP error", reply("kosis/maintenance.html", 503), /KOSIS: HTTP 503 Service Unavailable for table .* The API said: 서비스 점검 중입니다/],
    ["a page that is not JSON", reply("kosis/maintenance.html"), /KOSIS: the answer for table .* is not JSON/],
  ])("fails on %s", async (_name, answer, pattern) => {
    await expect(fetchKosis(kosis(answer).ctx, [KOSIS_MUSIC])).rejects.toThrow(pattern);
  });

  it("fails on cells it cannot read, naming the cell", async () => {
    const cells = JSON.parse(reply("kosis/music-2005-2007.json").body);
    const edited = (edit: (c: Record<string, string>[]) => void) => { const copy = structuredClone(cells); edit(copy); return { body: JSON.stringify(copy) }; };
    await expect(fetchKosis(kosis(edited((c) => (c[2].DT = "n/a"))).ctx, [KOSIS_MUSIC])).rejects.toThrow(/2005 region A\.003: "n\/a" is not a non-negative number/);
    await expect(fetchKosis(kosis(edited((c) => (c[0].UNIT_NM = "백만원"))).ctx, [KOSIS_MUSIC])).rejects.toThrow(/is in 백만원, 천달러/);
    await expect(fetchKosis(kosis(edited((c) => (c[0].ITM_ID = "T2"))).ctx, [KOSIS_MUSIC])).rejects.toThrow(/several items \(T2, T1\); name one as itmId/);
    await expect(fetchKosis(kosis(edited((c) => c.push({ ...c[0] }))).ctx, [KOSIS_MUSIC])).rejects.toThrow(/two cells for region 001 in 2005/);
    await expect(fetchKosis(kosis(edited((c) => (c[0].DT = "1200"))).ctx, [KOSIS_MUSIC])).rejects.toThrow(/regions of 2005 differ from the total 1200 by more than rounding/);
    await expect(fetchKosis(kosis(edited((c) => delete (c[0] as Partial<Record<string, string>>).PRD_DE)).ctx, [KOSIS_MUSIC])).rejects.toThrow(/unexpected answer .* at \[0\]\.PRD_DE/);
  });

  it("waits and retries on a rate limit (429), then gives up with a clear message", async () => {
    const limited = reply("kosis/error-no-data.json", 429, { "Retry-After": "7" });
    const recovering = kosis((calls) => (calls < 3 ? limited : reply("kosis/music-2005-2007.json")));
    await expect(fetchKosis(recovering.ctx, [KOSIS_MUSIC])).resolves.toHaveLength(1);
    expect(recovering.waits).toEqual([7000, 7000]);
    const stuck = kosis(limited);
    await expect(fetchKosis(stuck.ctx, [KOSIS_MUSIC])).rejects.toThrow(/KOSIS: rate limit reached \(HTTP 429\) for table .* after 3 tries; wait and run again/);
    expect(stuck.requests).toHaveLength(3);
  });

  it("needs KOSIS_API_KEY and asks nothing without it", async () => {
    const { ctx, requests } = stubOnline(() => undefined, {}, YEARS);
    await expect(fetchKosis(ctx, [KOSIS_MUSIC])).rejects.toThrow(/KOSIS_API_KEY is not set: get a free KOSIS \(Statistics Korea\) key at https:\/\/kosis\.kr\/openapi\//);
    expect(requests).toEqual([]);
  });
});

describe("loadKosisTables", () => {
  const config = async (text: string) => {
    const file = join(await mkdtemp(join(tmpdir(), "kj-kosis-")), "kosis-tables.json");
    await writeFile(file, text);
    return file;
  };
  const entry = { ...KOSIS_MUSIC, id: "kosis-games", tblId: "DT_113_STBL_0000000", sector: "games", measure: "kosis-games-by-region" };

  it("always reads the music table, then the tables a user lists", async () => {
    expect((await loadKosisTables()).map((t) => t.id)).toEqual(["kosis-music"]);
    const tables = await loadKosisTables(await config(JSON.stringify({ tables: [entry] }, null, 2)));
    expect(tables.map((t) => [t.id, t.sector])).toEqual([["kosis-music", "music"], ["kosis-games", "games"]]);
  });

  it("names the line and the field of a mistaken entry", async () => {
    const text = JSON.stringify({ tables: [{ ...entry, regions: { total: "001", japan: "Japan", unclassified: null } }] }, null, 2);
    const file = await config(text);
    const line = text.split("\n").findIndex((l) => l.includes('"japan": "Japan"')) + 1;
    await expect(loadKosisTables(file)).rejects.toThrow(new RegExp(`kosis-tables\\.json, line ${line}: tables\\[0\\]\\.regions\\.japan: `));
  });
});
