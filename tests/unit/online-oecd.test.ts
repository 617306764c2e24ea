import { describe, expect, it } from "vitest";
import { fetchOecd } from "../../scripts/online/oecd";
import { fixture, reply, stubOnline, type Reply } from "../helpers/online-stub";

const oecd = (answer: Reply) => stubOnline((url) => (url.hostname === "sdmx.oecd.org" ? answer : undefined), {}, { from: 2021, to: 2022 });

describe("fetchOecd", () => {
  it("reads both countries' reports of SK1 and SH trade, with the OECD's status and unit", async () => {
    const { ctx, requests } = oecd(reply("oecd/tis.csv"));
    const { rows, sources } = await fetchOecd(ctx);
    expect(requests[0].url.pathname).toBe("/public/rest/data/OECD.SDD.TPS,DSD_BOP@DF_TIS,1.0/KOR+JPN.JPN+KOR.SK1+SH.C+D..A.USD_EXC.");
    expect(Object.fromEntries(requests[0].url.searchParams)).toEqual({ startPeriod: "2021", endPeriod: "2022", format: "csvfilewithlabels" });
    expect(rows.map((r) => [r.measure, r.indicator, r.direction, r.sector, r.year, r.value, r.unit, r.status])).toEqual([
      ["oecd-tis-reported-by-KOR", "export_value", "KOR-JPN", "audiovisual_services", 2021, 312.4, "USD_million", "final"],
      ["oecd-tis-reported-by-KOR", "import_value", "JPN-KOR", "audiovisual_services", 2021, 98.1, "USD_million", "final"],
      ["oecd-tis-reported-by-JPN", "import_value", "KOR-JPN", "audiovisual_services", 2021, 280, "USD_million", "estimate"],
      ["oecd-tis-reported-by-JPN", "export_value", "JPN-KOR", "ip_charges", 2021, 1520.75, "USD_million", "preliminary"],
    ]);
    expect(sources[0]).toMatchObject({ publisher: "OECD", retrieved: "2025-03-01" });
  });

  it.each([
    ["an empty result (HTTP 404 NoRecordsFound)", reply("oecd/no-records.txt", 404), /OECD: no data for OECD\.SDD\.TPS,DSD_BOP@DF_TIS,1\.0 .*, 2021–2022/],
    ["a header without rows", { body: fixture("oecd/tis.csv").split("\n")[0] + "\n" }, /OECD: no data for/],
    ["the publisher's SDMX error message", reply("oecd/semantic-error.xml", 400), /OECD: HTTP 400 .* The API said: Semantic Error - Dimension 'MEASURE' does not have code 'SK9'/],
    ["a rate limit (HTTP 429)", reply("oecd/no-records.txt", 429), /OECD: rate limit reached \(HTTP 429\)/],
    ["a server error", reply("oecd/no-records.txt", 503), /OECD: HTTP 503 Service Unavailable/],
  ])("fails on %s", async (_name, answer, pattern) => {
    await expect(fetchOecd(oecd(answer).ctx)).rejects.toThrow(pattern);
  });

  it("names the line of a value it cannot read, and refuses units it does not know", async () => {
    const csv = fixture("oecd/tis.csv");
    await expect(fetchOecd(oecd({ body: csv.replace(",312.4,", ",n.a.,") }).ctx)).rejects.toThrow(/OECD answer for .*, line 2: column "OBS_VALUE": .*\(got "n\.a\."\)/);
    await expect(fetchOecd(oecd({ body: csv.replace(",6,Millions,A", ",2,Hundreds,A") }).ctx)).rejects.toThrow(/unit multiplier 2, which is not read/);
    await expect(fetchOecd(oecd({ body: csv.replace("OBS_VALUE,", "VALUE,") }).ctx)).rejects.toThrow(/line 1: missing column "OBS_VALUE"/);
  });
});
