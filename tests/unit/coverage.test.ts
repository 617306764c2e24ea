import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parse-csv";
import { observationRowSchema, type ObservationRow } from "../../src/data/schemas";
import { buildCoverage, scopeOf } from "../../src/lib/coverage";
import { COVERAGE_DATASETS } from "../../src/lib/coverage-datasets";

const base: ObservationRow = {
  year: 2000, period: "calendar", periodStart: "", periodEnd: "", indicator: "export_value", reporter: "KOR", partner: "JPN", direction: "KOR-JPN",
  sector: "music", measure: "kocca-survey", status: "final", value: 1, unit: "USD_million", basis: "reported", note: "", quality: "", sourceVia: "",
  sourceId: "s1", sourcePublisher: "KOCCA", sourceTitle: "Survey", sourceDate: "2010", sourceUrl: "https://example.org/s1", quote: "",
};
const row = (over: Partial<ObservationRow>): ObservationRow => ({ ...base, ...over });

describe("buildCoverage", () => {
  const trade = [
    row({ year: 2000 }),
    row({ year: 2000, measure: "source:s2", sourceId: "s2" }),
    row({ year: 2001, period: "h1" }),
    row({ year: 2002 }),
    row({ year: null, period: "to-date" }),
    row({ year: 1990 }),
    row({ year: 2001, direction: "KOR-WLD", partner: "WLD" }),
  ];
  const market = [row({ year: 1999, indicator: "market_size", direction: "within", reporter: "JPN", partner: "", sector: "all", measure: "dcaj" })];
  const map = buildCoverage([{ dataset: "trade-flows", rows: trade }, { dataset: "market-size", rows: market }]);

  it("has a cell for every year from 1998 to the last figure, gaps included", () => {
    expect(map.years).toEqual([1998, 1999, 2000, 2001, 2002]);
    const exports = map.lines[0];
    expect([exports.key, exports.scope]).toEqual(["export_value|KOR-JPN|KOR|JPN|music", "korea-japan"]);
    expect(exports.cells.map((c) => [c.year, c.filled, c.fullYear, c.rows.length])).toEqual([
      [1998, false, false, 0], [1999, false, false, 0], [2000, true, true, 2], [2001, true, false, 1], [2002, true, true, 1],
    ]);
  });

  it("names the statistics, sources and rows behind a filled cell", () => {
    const cell = map.lines[0].cells[2];
    expect(cell.measures).toEqual(["kocca-survey", "source:s2"]);
    expect(cell.sourceIds).toEqual(["s1", "s2"]);
    expect(cell.rows.map((r) => [r.dataset, r.index])).toEqual([["trade-flows", 0], ["trade-flows", 1]]);
    expect(cell.rows[1].row).toBe(trade[1]);
  });

  it("keeps undated rows and rows before 1998 with their line or apart", () => {
    expect(map.lines[0].undated.map((r) => r.index)).toEqual([4]);
    expect(map.outside.map((r) => [r.dataset, r.index])).toEqual([["trade-flows", 5]]);
  });

  it("orders Korea–Japan lines first, then one country's market, then context", () => {
    expect(map.lines.map((l) => [l.scope, l.datasets])).toEqual([
      ["korea-japan", ["trade-flows"]], ["domestic", ["market-size"]], ["context", ["trade-flows"]],
    ]);
  });

  it("takes an explicit last year and gives an empty map for no rows", () => {
    expect(buildCoverage([{ dataset: "trade-flows", rows: trade }], 1998, 2003).years.at(-1)).toBe(2003);
    expect(buildCoverage([])).toEqual({ years: [1998], lines: [], outside: [] });
  });
});

describe("scopeOf", () => {
  it("tells a Korea–Japan flow from a market and from context", () => {
    expect(scopeOf({ direction: "JPN-KOR", reporter: "KOR", partner: "JPN" })).toBe("korea-japan");
    expect(scopeOf({ direction: "within", reporter: "KOR", partner: "KOR" })).toBe("domestic");
    expect(scopeOf({ direction: "within", reporter: "JPN", partner: "WLD" })).toBe("domestic");
    expect(scopeOf({ direction: "within", reporter: "USA", partner: "" })).toBe("context");
    expect(scopeOf({ direction: "KOR-CHN+JPN", reporter: "KOR", partner: "CHN+JPN" })).toBe("context");
    expect(scopeOf({ direction: "FOREIGN-KOR", reporter: "KOR", partner: "FOREIGN" })).toBe("context");
  });
});

describe("the coverage map of data/", () => {
  const datasets = COVERAGE_DATASETS.map((dataset) => ({
    dataset,
    rows: parseCsv(readFileSync(resolve(process.cwd(), `data/${dataset}.csv`), "utf8"), observationRowSchema, `${dataset}.csv`),
  }));
  const map = buildCoverage(datasets);

  it("has in each cell exactly the rows of data/ for its line and year", () => {
    const counts = new Map<string, number>();
    for (const { rows } of datasets) for (const r of rows) {
      const key = [r.indicator, r.direction, r.reporter, r.partner, r.sector, r.year ?? "undated"].join("|");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const line of map.lines) {
      for (const cell of line.cells) expect([line.key, cell.year, cell.rows.length]).toEqual([line.key, cell.year, counts.get(`${line.key}|${cell.year}`) ?? 0]);
      expect(line.undated.length).toBe(counts.get(`${line.key}|undated`) ?? 0);
    }
  });

  it("places every row of data/ once", () => {
    const placed = [...map.lines.flatMap((l) => [...l.cells.flatMap((c) => c.rows), ...l.undated]), ...map.outside];
    for (const { dataset, rows } of datasets) {
      const indexes = placed.filter((r) => r.dataset === dataset).map((r) => r.index).sort((a, b) => a - b);
      expect(indexes).toEqual(rows.map((_, i) => i));
    }
    expect(map.years[0]).toBe(1998);
    expect(map.lines.some((l) => l.scope === "korea-japan" && l.cells.some((c) => !c.filled))).toBe(true);
  });
});
