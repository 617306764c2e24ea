import fc from "fast-check";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestSchema } from "../../src/data/manifest";
import { parseCsv } from "../../src/data/parse-csv";
import { ROW_SCHEMAS } from "../../src/data/schemas";
import type { DatasetSpec, Row } from "../../scripts/lib/dataset";
import { SOURCES } from "../../scripts/lib/sources";
import { prepare, writeData } from "../../scripts/lib/write-data";
import { tempDir } from "../helpers/temp-dir";

const spec = (rows: Row[]): DatasetSpec => ({
  id: "weekly-test", kind: "crossBorderWeek", title: "t", description: "d", notes: [], files: [], periodColumn: "week", splitBy: "country",
  build: () => ({ rows, sources: [SOURCES.netflix] }),
});

const row = fc.record({
  week: fc.constantFrom("2021-07-04", "2022-01-02", "2024-12-29"),
  chart: fc.constant("Netflix top 10"),
  country: fc.constantFrom("JP", "KR", "world"),
  category: fc.constantFrom("Films", "TV"),
  origin: fc.constantFrom("KOR", "JPN", "KOR+JPN"),
  entries: fc.nat(10),
  slots: fc.nat(10),
  bestRank: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
  titles: fc.constantFrom("", "Mine (2); Vincenzo (3)", 'Nevertheless, (8); "Quoted" (9)'),
  listSize: fc.nat(10),
  unknownEntries: fc.nat(3),
  samples: fc.integer({ min: 1, max: 7 }),
});

const read = (text: string, file: string) => parseCsv(text, ROW_SCHEMAS.crossBorderWeek, file);

describe("a dataset split by a column", () => {
  it("holds every row in exactly one part, as in the whole file, with each part's real hash and count", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const prepared = prepare(spec(rows), { rows, sources: [SOURCES.netflix] });
        const whole = read(prepared.csv, "weekly-test.csv");
        const listed = prepared.entry.parts!.files;
        expect(listed.map((p) => p.value).sort()).toEqual([...new Set(rows.map((r) => String(r.country)))].sort());
        for (const part of listed) {
          const file = prepared.parts.find((f) => f.name === part.file)!;
          expect(read(file.text, part.file)).toEqual(whole.filter((r) => r.country === part.value));
          expect(part.rows).toBe(whole.filter((r) => r.country === part.value).length);
          expect(part.bytes).toBe(Buffer.byteLength(file.text));
        }
        expect(listed.reduce((n, p) => n + p.rows, 0)).toBe(prepared.entry.rows);
      }),
      { numRuns: 60 },
    );
  });

  it("writes its parts beside the whole file and removes a part whose value is gone", async () => {
    const out = await tempDir("kj-parts-");
    const jp = fc.sample(row, { numRuns: 3, seed: 7 }).map((r) => ({ ...r, country: "JP" }));
    const kr = fc.sample(row, { numRuns: 2, seed: 8 }).map((r) => ({ ...r, country: "KR" }));
    const both = prepare(spec([...jp, ...kr]), { rows: [...jp, ...kr], sources: [SOURCES.netflix] });
    await writeData(out, [both], ["weekly-test"]);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(out, "manifest.json"), "utf8")));
    expect(manifest.datasets[0].parts?.files.map((p) => [p.file, p.rows])).toEqual([["parts/weekly-test-jp.csv", 3], ["parts/weekly-test-kr.csv", 2]]);
    expect(read(await readFile(join(out, "parts/weekly-test-kr.csv"), "utf8"), "kr")).toHaveLength(2);

    await writeData(out, [prepare(spec(jp), { rows: jp, sources: [SOURCES.netflix] })], ["weekly-test"]);
    expect(existsSync(join(out, "parts/weekly-test-kr.csv"))).toBe(false);
    expect(read(await readFile(join(out, "parts/weekly-test-jp.csv"), "utf8"), "jp")).toHaveLength(3);
  });

  it("stops on a row with no value in the column it is split by, naming the row", () => {
    const rows = fc.sample(row, { numRuns: 2, seed: 3 });
    expect(() => prepare({ ...spec(rows), splitBy: "list" }, { rows, sources: [SOURCES.netflix] })).toThrow("weekly-test: row 1 has no list, which the dataset is split by");
    const blank = rows.map((r, i) => ({ ...r, country: i === 1 ? "" : "JP" }));
    expect(() => prepare(spec(blank), { rows: blank, sources: [SOURCES.netflix] })).toThrow('weekly-test.csv, line 3: column "country": empty cell');
  });
});
