import { spawnSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { manifestSchema } from "../../src/data/manifest";
import { parseCsv } from "../../src/data/parse-csv";
import { observationRowSchema } from "../../src/data/schemas";
import { parseYears } from "../../scripts/online/options";
import { snapshot, workspace } from "../helpers/ingest-workspace";
import { reply, stubOnline } from "../helpers/online-stub";

const ALL_KEYS = { KOSIS_API_KEY: "k", ECOS_API_KEY: "e", KOBIS_API_KEY: "b" };
/** Every publisher answers from its fixtures; ECOS can be made to fail. */
const publishers = (env: Record<string, string> = ALL_KEYS, ecos = (item: string) => reply(item === "REG2100" ? "ecos/receipts.json" : "ecos/payments.json")) =>
  stubOnline((url) => {
    if (url.hostname === "kosis.kr") return reply("kosis/music-2005-2007.json");
    if (url.hostname === "ecos.bok.or.kr") return ecos(url.pathname.split("/").at(-2)!);
    if (url.pathname.endsWith("searchDailyBoxOfficeList.json")) return reply("kobis/daily.json");
    if (url.pathname.endsWith("searchMovieInfo.json")) return reply(`kobis/movie-${url.searchParams.get("movieCd")}.json`);
  }, env, { from: 2005, to: 2023 });

let ws: Awaited<ReturnType<typeof workspace>>;
let before: Record<string, string>;
beforeEach(async () => {
  ws = await workspace();
  await ws.ingest();
  before = await snapshot(ws.out);
});
const online = (ids: string[], stub = publishers()) => ws.ingest(ids, ws.sources, { online: stub.ctx });
const rows = async (id: string) => parseCsv(await readFile(join(ws.out, `${id}.csv`), "utf8"), observationRowSchema, id);
const manifest = async () => manifestSchema.parse(JSON.parse(await readFile(join(ws.out, "manifest.json"), "utf8")));
const kosisRows = async (id: string) => (await rows(id)).filter((r) => r.sourceId === "kosis-music").map((r) => ({ ...r, sourceDate: "", sourceVia: "" }));

describe("npm run ingest -- <dataset> --online", () => {
  it("refreshes the KOSIS music rows from the API into the same rows as the offline copy", async () => {
    const offline = { flows: await kosisRows("trade-flows"), shares: await kosisRows("export-share") };
    await online(["trade-flows", "export-share"]);
    expect(await kosisRows("trade-flows")).toEqual(offline.flows);
    expect(await kosisRows("export-share")).toEqual(offline.shares);
    expect(offline.flows.length).toBeGreaterThan(0);
    const source = (await manifest()).datasets.find((d) => d.id === "trade-flows")!.sources.find((s) => s.id === "kosis-music");
    expect(source).toMatchObject({ via: "", repairs: "", retrieved: "2025-03-01" });
  });

  it("names every missing key, asks no publisher and writes nothing", async () => {
    const stub = publishers({});
    const message = await online([], stub).then(() => "", (e: Error) => e.message);
    for (const key of ["KOSIS_API_KEY", "ECOS_API_KEY", "KOBIS_API_KEY"]) expect(message).toContain(`${key} is not set`);
    expect(message).not.toContain("COMTRADE_API_KEY");
    expect(message).toMatch(/The shipped data\/ works without any key/);
    expect(stub.requests).toEqual([]);
    expect(await snapshot(ws.out)).toEqual(before);
  });

  it("writes nothing when one publisher fails after another succeeded", async () => {
    const stub = publishers(ALL_KEYS, () => reply("ecos/no-data.json"));
    await expect(online(["trade-flows", "bok-services-japan"], stub)).rejects.toThrow(/ECOS INFO-200/);
    expect(stub.requests.some((r) => r.url.hostname === "kosis.kr")).toBe(true);
    expect(await snapshot(ws.out)).toEqual(before);
  });

  it("creates an online-only dataset that the offline rebuild neither needs nor removes", async () => {
    expect(before["bok-services-japan.csv"]).toBeUndefined();
    await online(["bok-services-japan"]);
    const afterOnline = await snapshot(ws.out);
    expect((await rows("bok-services-japan")).map((r) => [r.indicator, r.year, r.value])).toEqual([
      ["export_value", 2018, 8123.4], ["export_value", 2019, 9364], ["import_value", 2018, 7001], ["import_value", 2019, 6890.5],
    ]);
    await ws.ingest();
    expect(await snapshot(ws.out)).toEqual(afterOnline);
    expect((await manifest()).datasets.map((d) => d.id)).toContain("bok-services-japan");
  });

  it("replaces the hand-exported KOBIS lists with the API's daily top 10, without reading the files", async () => {
    await rm(join(ws.sources, "kobis-boxoffice-2018-2025/kobis_yearly_boxoffice_2018-2022.csv"));
    await online(["box-office"], stubOnline((url) => {
      if (url.pathname.endsWith("searchDailyBoxOfficeList.json")) return reply("kobis/daily.json");
      if (url.pathname.endsWith("searchMovieInfo.json")) return reply(`kobis/movie-${url.searchParams.get("movieCd")}.json`);
    }, ALL_KEYS, { from: 2023, to: 2023 }));
    const measures = new Set((await rows("box-office")).map((r) => r.measure));
    expect(measures.has("kobis-api-daily-top10")).toBe(true);
    expect(measures.has("kobis-yearly-lists")).toBe(false);
    expect(measures.has("kobis-annual")).toBe(true);
  });

  it("says which datasets can be refreshed online, and which need it", async () => {
    await expect(online(["netflix-lists"])).rejects.toThrow(/netflix-lists has no online source; --online refreshes trade-flows, export-share, box-office, bok-services-japan, comtrade-creative-goods, oecd-services-japan/);
    await expect(ws.ingest(["oecd-services-japan"])).rejects.toThrow(/oecd-services-japan is built only from an online source: add --online/);
  });

  it("exits non-zero from the command line without the key, saying which key is needed", () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.endsWith("_API_KEY")));
    const cli = spawnSync(process.execPath, [resolve("node_modules/tsx/dist/cli.mjs"), "scripts/ingest.ts", "trade-flows", "--online", "--out", ws.out, "--curated", ws.curated], { env, encoding: "utf8" });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/ingest failed: KOSIS_API_KEY is not set: get a free KOSIS \(Statistics Korea\) key at https:\/\/kosis\.kr\/openapi\//);
    expect(cli.stderr).toMatch(/Nothing was written: the output folder is as it was/);
  }, 30_000);
});

describe("parseYears", () => {
  it("reads a year or a range for --years, and refuses anything else", () => {
    expect(parseYears("2005-2024")).toEqual({ from: 2005, to: 2024 });
    expect(parseYears("2019")).toEqual({ from: 2019, to: 2019 });
    for (const bad of ["2024-2005", "19", "2005–2024", "last"]) expect(() => parseYears(bad)).toThrow(/--years takes a year or a range such as 2005-2024/);
  });
});
