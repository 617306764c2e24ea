import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { plainNumber } from "../../scripts/lib/csv-out";
import { num } from "../../src/data/cells";
import { manifestSchema } from "../../src/data/manifest";

const manifest = manifestSchema.parse(JSON.parse(readFileSync("data/manifest.json", "utf8")));
const numericColumns = (entry: (typeof manifest.datasets)[number]) =>
  entry.columns.filter((c) => c.type === "number" || c.type === "integer").map((c) => c.name);
const table = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;

describe("plainNumber", () => {
  it.each([
    [1455140354435, "1455140354435"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1e21, "1000000000000000000000"],
    [-2.5e-7, "-0.00000025"],
    [54.5, "54.5"],
  ])("writes %s as %s, digits only, reading back to the same number", (value, written) => {
    expect(plainNumber(value)).toBe(written);
    expect(num.parse(written)).toBe(value);
  });
});

describe("every number in data/", () => {
  const withNumbers = manifest.datasets.filter((d) => numericColumns(d).length > 0);
  it.each(withNumbers.map((d) => [d.id, d] as const))("%s: each numeric cell is the shortest text of its own value", (_, entry) => {
    const numeric = numericColumns(entry);
    const cells = table(join("data", entry.file)).flatMap((row) => numeric.map((name) => row[name]).filter((cell) => cell !== ""));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((cell) => plainNumber(Number(cell)) !== cell)).toEqual([]);
  });
});

describe("box-office", () => {
  it("holds every KOBIS yearly total exactly as in KOBIS's file", () => {
    const source = table(resolve("../shared/sources/kobis-koreancinema/annual_clean.csv"));
    const rows = table("data/box-office.csv").filter((r) => r.measure === "kobis-annual");
    const published = new Map(rows.map((r) => [`${r.year} ${r.partner} ${r.indicator}`, r.value]));
    const columns = { admissions: "audience", box_office_revenue: "sales", films_released: "released" };
    const groups = { KOR: "kr", FOREIGN: "ovs", WLD: "total" };
    const expected = source.flatMap((s) =>
      Object.entries(groups).flatMap(([partner, prefix]) =>
        Object.entries(columns).map(([indicator, column]) => [`${s.year} ${partner} ${indicator}`, s[`${prefix}_${column}`]]),
      ),
    );
    expect(expected).toHaveLength(16 * 9);
    expect(expected.filter(([key, value]) => published.get(key) !== value)).toEqual([]);
  });
});
