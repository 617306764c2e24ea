import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCurated, type Fact } from "../../scripts/lib/curated";
import { readKosisMusic } from "../../scripts/lib/kosis-music";
import { regionalFlowRows, regionalShareRows, roundingNote, type RegionalTable } from "../../scripts/lib/regional-table";

const FILE = "kosis-music-export-by-region/music-export-by-region_2005-2024.json";
const fixtureText = readFileSync(resolve(process.cwd(), "tests/fixtures/sources", FILE), "utf8");
const read = (text: string) => readKosisMusic(text, "music.json");

describe("readKosisMusic", () => {
  const table = read(fixtureText);

  it("keeps exports to Japan and to all regions as published, a blank cell as no row", () => {
    const rows = regionalFlowRows(table);
    expect(rows.map((r) => [r.year, r.partner, r.value, r.unit])).toEqual([
      [2005, "JPN", 50, "USD_thousand"], [2005, "WLD", 1000, "USD_thousand"],
      [2006, "JPN", 301, "USD_thousand"], [2006, "WLD", 400, "USD_thousand"],
      [2007, "WLD", 500, "USD_thousand"],
    ]);
    expect(rows[0]).toMatchObject({ direction: "KOR-JPN", measure: "kosis-music-by-region", basis: "reported", sourceId: "kosis-music", sourceDate: "2026-08-06" });
  });

  it("computes Japan's share from the same year, with its inputs, and flags a mostly unclassified year", () => {
    const shares = regionalShareRows(table);
    expect(shares.map((r) => [r.year, r.value, r.basis])).toEqual([[2005, 5, "computed"], [2006, 75.25, "computed"]]);
    expect(shares[0].note).toMatch(/Japan 50 ÷ all regions 1000 .*Flagged: 900 of 1000 \(90%\) are not classified by region, over the 10% threshold/);
    expect(shares[1].note).not.toMatch(/Flagged/);
  });

  it("names the years whose regions differ from the total by rounding", () => {
    expect(roundingNote(table)).toEqual([expect.stringMatching(/every year except 2006 \(\+1\), by rounding/)]);
  });

  it("gives provenance: KOCCA via KOSIS, and the repository copy it was read from", () => {
    expect(table.source).toMatchObject({
      publisher: "Korea Creative Content Agency (KOCCA) via KOSIS",
      url: "https://kosis.kr/statHtml/statHtml.do?orgId=113&tblId=DT_113_STBL_1020468",
      via: expect.stringMatching(/parkintaek2-gif\/parkintaek2-gif\.github\.io.*d935f4fb/),
      retrieved: "2026-08-06",
    });
  });
});

describe("a malformed copy fails with the line and the path", () => {
  const broken = (edit: (text: string) => string) => () => read(edit(fixtureText));
  const lineOf = (needle: string) => fixtureText.slice(0, fixtureText.indexOf(needle)).split("\n").length;

  it.each([
    ["a value that is not a number", (t: string) => t.replace('"Japan": 301', '"Japan": "301"'), /line (\d+): rows\[1\]\.parts\.Japan: .*expected number/, '"Japan": 301'],
    ["a negative value", (t: string) => t.replace('"total": 500', '"total": -500'), /line (\d+): rows\[2\]\.total: .*>=0/, '"total": 500'],
    ["a missing region", (t: string) => t.replace('"Europe": 6, ', ""), /line (\d+): rows\[1\]\.parts\.Europe: .*expected number/, '"parts": { "Japan": 301'],
    ["an unknown region", (t: string) => t.replace('"Other": 4,', '"Other": 4, "Oceania": 1,'), /line (\d+): rows\[1\]\.parts: Unrecognized key: "Oceania"/, '"parts": { "Japan": 301'],
    ["a duplicate year", (t: string) => t.replace('"year": 2007', '"year": 2006'), /line (\d+): rows\[2\]\.year: duplicate year 2006, first in rows\[1\]/, '"year": 2007'],
    ["a year outside the range", (t: string) => t.replace('"yearTo": 2007', '"yearTo": 2006'), /line (\d+): rows\[2\]\.year: 2007 is outside 2005–2006/, '"year": 2007'],
    ["a missing year", (t: string) => t.replace('"yearTo": 2007', '"yearTo": 2008'), /line (\d+): rows: no row for 2008/, '"rows"'],
    ["a gap that contradicts the cells", (t: string) => t.replace('"gap": 1', '"gap": 2'), /line (\d+): rows\[1\]\.gap: the file says gap 2, but its regions minus its total is 1/, '"gap": 1'],
    ["a checksum that contradicts the gap", (t: string) => t.replace('"checksum": false', '"checksum": true'), /rows\[1\]\.gap: checksum true contradicts gap 1/, '"gap": 1'],
    ["regions far from the total", (t: string) => t.replace('"total": 400', '"total": 390').replace('"gap": 1', '"gap": 11'), /rows\[1\]\.gap: the regions differ from the total 390 by 11, more than rounding/, '"gap": 1'],
    ["another unit", (t: string) => t.replace('"unit": "thousand USD"', '"unit": "million USD"'), /line (\d+): unit: /, '"unit"'],
  ])("%s", (_name, edit, pattern, needle) => {
    const error = (() => {
      try {
        broken(edit)();
      } catch (e) {
        return e as Error;
      }
      throw new Error("no error");
    })();
    expect(error.message).toMatch(pattern);
    const line = /line (\d+)/.exec(error.message)?.[1];
    if (line) expect(Number(line)).toBe(lineOf(needle));
  });

  it("rejects text that is not strict JSON, at the line of the fault", () => {
    expect(broken((t) => t.replace('"gap": 0\n    },\n    {\n      "year": 2006', '"gap": 0,\n    },\n    {\n      "year": 2006'))).toThrow(/music\.json, line 15: not valid JSON \(PropertyNameExpected\)/);
    expect(broken(() => "")).toThrow(/music\.json: the file is empty/);
  });
});

describe("cross-check with independently cited figures (data/curated/facts.csv)", () => {
  let table: RegionalTable;
  let facts: Fact[];
  beforeAll(async () => {
    const shared = resolve(process.cwd(), "../shared/sources", FILE);
    table = readKosisMusic(readFileSync(shared, "utf8"), shared);
    facts = (await loadCurated("data/curated")).facts;
  });
  const SCALE: Record<string, number> = { USD_thousand: 1e3, USD_million: 1e6 };
  /** A cited figure agrees when it equals the table's to the precision it is given in. */
  const agrees = (cited: number, unit: string, value: number, valueUnit: string) => {
    const decimals = String(cited).split(".")[1]?.length ?? 0;
    return Math.abs((value * (SCALE[valueUnit] ?? 1)) / (SCALE[unit] ?? 1) - cited) <= 0.5 * 10 ** -decimals + 1e-9;
  };
  const cited = (indicator: string, partner: string, year: number | null, sourceId: string) => {
    const found = facts.filter((f) => f.indicator === indicator && f.reporter === "KOR" && f.partner === partner && f.sector === "music" && f.year === year && f.sourceId === sourceId);
    expect(found, `${indicator} ${partner} ${year} from ${sourceId} in facts.csv`).toHaveLength(1);
    return found[0];
  };
  const flow = (year: number, partner: string) => regionalFlowRows(table).find((r) => r.year === year && r.partner === partner)!;

  it("2016 exports to Japan: 277,292 thousand USD = 2억 7,729만 달러 (goodnews1) = US$277.3 million (Chosun)", () => {
    expect(flow(2016, "JPN").value).toBe(277292);
    for (const id of ["goodnews1_20181205", "chosun_en_201811_blogcopy"]) {
      const fact = cited("export_value", "JPN", 2016, id);
      expect(agrees(fact.value, fact.unit, flow(2016, "JPN").value, "USD_thousand"), `${fact.value} ${fact.unit}`).toBe(true);
    }
  });

  it("2012 exports to the world: 235,097 thousand USD ≈ 2억3500만 달러 (KOCCA via kukinews)", () => {
    const fact = cited("export_value", "WLD", 2012, "kukinews_20140414");
    expect(agrees(fact.value, fact.unit, flow(2012, "WLD").value, "USD_thousand")).toBe(true);
  });

  it("Japan's 69.2% share (asiae, year not stated) is the computed share of 2009 and of no other year", () => {
    const fact = facts.find((f) => f.indicator === "export_share" && f.sector === "music" && f.sourceId === "asiae_20120120")!;
    expect(fact.value).toBe(69.2);
    const matching = regionalShareRows(table).filter((r) => agrees(fact.value, "percent", r.value, "percent"));
    expect(matching.map((r) => r.year)).toEqual([2009]);
  });

  it("covers every year 2005–2024, with the 2017, 2021 and 2022 rounding gaps named", () => {
    expect(regionalFlowRows(table).filter((r) => r.partner === "JPN").map((r) => r.year)).toEqual(Array.from({ length: 20 }, (_, i) => 2005 + i));
    expect(roundingNote(table)[0]).toMatch(/except 2017 \(\+1\), 2021 \(−1\), 2022 \(\+1\)/);
  });
});
