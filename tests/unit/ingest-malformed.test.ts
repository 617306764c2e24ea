import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { IngestOptions } from "../../scripts/run-ingest";
import { snapshot, workspace } from "../helpers/ingest-workspace";
import { BAD_INPUTS, type BadInput } from "../helpers/bad-inputs";

let ws: Awaited<ReturnType<typeof workspace>>;
let before: Record<string, string>;

/** A published data/ with an archived earlier version, so that archive/ and the manifest's versions are checked too. */
beforeEach(async () => {
  ws = await workspace();
  await ws.ingest();
  const chart = join(ws.sources, "billboard-japan-hot100/billboard-japan-hot100_weekly_2008-2025.csv");
  await writeFile(chart, (await readFile(chart, "utf8")) + "2010-02-22,1,ミスター,ＫＡＲＡ,2010-02-22,0\n");
  await ws.ingest();
  before = await snapshot(ws.out);
  // The chart's dataset and the overview made from it each keep their earlier version.
  expect(Object.keys(before).filter((name) => name.startsWith("archive/")).map((name) => name.split("-").slice(0, -1).join("-"))).toEqual(["archive/hot100-korean", "archive/overview"]);
});

const pathOf = (relative: string) => (relative.startsWith("curated/") ? join(ws.curated, relative.slice(8)) : join(ws.sources, relative));

async function edit(relative: string, change: BadInput["edit"]) {
  const file = pathOf(relative);
  await writeFile(file, change(await readFile(file, "utf8")));
  return file;
}

/** The ingest stops with the file, the line, the column and the reason, and leaves every file under data/ as it was. */
async function expectFailure(file: string, c: Pick<BadInput, "line" | "column" | "reason">, options: Partial<IngestOptions> = {}) {
  const error = await ws.ingest([], ws.sources, options).then(() => null, (e: Error) => e);
  expect(error, "the ingest should have failed").not.toBeNull();
  const message = error!.message;
  expect(message.startsWith(c.line === null ? `${file}: ` : `${file}, line ${c.line}: `), message).toBe(true);
  if (c.column) expect(message).toContain(`column "${c.column}"`);
  expect(message).toMatch(c.reason);
  expect(await snapshot(ws.out)).toEqual(before);
}

describe("a malformed source stops the ingest and leaves data/ as it was", () => {
  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))("fails: %s", async (_, c) => {
    await expectFailure(await edit(c.file, c.edit), c);
  });
});

const SOURCE_FILES = ["billboard-japan-hot100", "flixpatrol-netflix-daily-jp-kr-2020", "kobis-boxoffice-2018-2025", "kobis-koreancinema", "netflix-top10-jp-kr-2025", "netflix-top10", "spotify-top50-jp-kr"];
const CURATED_FILES = ["events.csv", "facts.csv", "flixpatrol-matches.csv", "hot100-korean-acts.csv", "labels.csv", "netflix-origins.csv", "sources.csv", "spotify-origins.csv"];

async function everyFile(): Promise<string[]> {
  const sources = await Promise.all(SOURCE_FILES.map(async (dir) => (await readdir(join(ws.sources, dir))).map((name) => `${dir}/${name}`)));
  return [...sources.flat(), ...CURATED_FILES.map((name) => `curated/${name}`)];
}

const SUZUME = "admissions,KOR,JPN,film:Suzume,2023,to-date,,2023-04-28,5007193,persons,,final,,";
const CURATED_CASES: { name: string; file: string; from: string; to: string; error: string }[] = [
  { name: "a running total without the date it runs to", file: "facts.csv", from: SUZUME, to: SUZUME.replace("2023-04-28", ""), error: 'line 14: column "periodEnd": a to-date period needs the date it runs to' },
  { name: "a full year with an end date", file: "facts.csv", from: "2016,calendar,,,277.29", to: "2016,calendar,,2016-12,277.29", error: 'line 2: column "periodEnd": a calendar period takes no end date' },
  { name: "a period the model does not know", file: "facts.csv", from: "2016,calendar,,,277.29", to: "2016,year,,,277.29", error: 'line 2: column "period"' },
  { name: "a period still written into the indicator", file: "facts.csv", from: "export_value,KOR,JPN,music_physical_albums", to: "export_value_h1,KOR,JPN,music_physical_albums", error: 'line 6: column "indicator": the period belongs in the period column' },
  { name: "a measure with no display name", file: "facts.csv", from: "dcaj-white-paper,final", to: "dcaj-whitepaper,final", error: 'line 8: measure "dcaj-whitepaper" has no label in labels.csv' },
  { name: "a label without its Korean name", file: "labels.csv", from: "Exports,수출액,輸出額", to: "Exports,,輸出額", error: 'line 9: column "labelKo": empty cell' },
  { name: "an event without its Japanese label", file: "events.csv", from: ",W杯,", to: ",,", error: 'line 3: column "labelJa"' },
  { name: "a weak figure without a note", file: "facts.csv", from: "final,weak,Read in a copy on a blog: a weak copy.,", to: "final,weak,,", error: 'line 4: column "note": a weak figure needs a note saying why' },
  { name: "a code without a label", file: "facts.csv", from: "export_value,KOR,JPN,music,2016,calendar,,,277.29", to: "export_value,KOR,JPN,webtoon,2016,calendar,,,277.29", error: 'line 2: sector "webtoon" has no label in labels.csv' },
  { name: "a copy of a source that is not there", file: "sources.csv", from: "blog,,src_c", to: "blog,,src_x", error: 'line 3: copyOf "src_x" is not in sources.csv' },
];

describe("a malformed curated table fails the ingest and keeps data/", () => {
  it.each(CURATED_CASES)("names $name", async ({ file, from, to, error }) => {
    const path = join(ws.curated, file);
    const text = await readFile(path, "utf8");
    expect(text).toContain(from);
    await writeFile(path, text.replace(from, to));
    const [, line, reason] = /^line (\d+): (.*)$/.exec(error)!;
    await expectFailure(path, { line: Number(line), reason: new RegExp(escape(reason)) });
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("every source and curated file", () => {
  it("fails: a header with no data rows, in each of them", async () => {
    for (const relative of await everyFile()) {
      const file = await edit(relative, (text) => text.slice(0, text.indexOf("\n") + 1));
      await expectFailure(file, { line: 2, reason: /the file has a header but no data rows/ });
      await edit(relative, () => "");
      await expectFailure(file, { line: null, reason: /the file is empty/ });
      await restore(relative);
    }
  });

  it("fails: its last row repeated, in each of them", async () => {
    for (const relative of await everyFile()) {
      const lines = (await readFile(pathOf(relative), "utf8")).trimEnd().split("\n");
      const file = await edit(relative, () => [...lines, lines.at(-1)].join("\n") + "\n");
      await expectFailure(file, { line: lines.length + 1, reason: new RegExp(`duplicate .*, first seen on line ${lines.length}$`) });
      await restore(relative);
    }
  });
});

async function restore(relative: string) {
  const fixture = relative.startsWith("curated/") ? join("tests/fixtures", relative) : join("tests/fixtures/sources", relative);
  await writeFile(pathOf(relative), await readFile(fixture));
}

describe("inputs that are accepted", () => {
  it("accepted: CRLF line ends, and LF and CRLF mixed in one file, give the same data byte for byte", async () => {
    await edit("spotify-top50-jp-kr/spotify-streaming-top-50-japan.csv", (t) => t.replaceAll("\n", "\r\n"));
    await edit("netflix-top10-jp-kr-2025/countries-jp-kr_2021-07-04_2025-09-28.tsv", (t) => t.replace(/\n(?=South Korea)/g, "\r\n"));
    await ws.ingest();
    expect(await snapshot(ws.out)).toEqual(before);
  });

  it("accepted: an entry KOBIS itself lists twice is kept twice, as KOBIS's total counts it; a third copy fails", async () => {
    const yearly = "kobis-boxoffice-2018-2025/kobis_yearly_boxoffice_2018-2022.csv";
    const entry = "2020,2937,DIFF2020 대구단편 신작전,,126000,0,18,1,1,한국,한국,\n";
    await edit(yearly, (t) => t + entry + entry);
    await ws.ingest();
    const rows = (await readFile(join(ws.out, "box-office.csv"), "utf8")).split("\n");
    expect(rows.find((r) => r.startsWith("2020,calendar,,,admissions,KOR,KOR,within,film,kobis-yearly-lists"))).toContain(",36,persons,");
    before = await snapshot(ws.out);
    await expectFailure(await edit(yearly, (t) => t + entry), { line: 8, reason: /duplicate row .*, first seen on line 6$/ });
  });

  it("fails: a dataset shrunk to under half its published rows; accepted with --allow-shrink", async () => {
    const netflix = "netflix-top10-jp-kr-2025/countries-jp-kr_2021-07-04_2025-09-28.tsv";
    await edit(netflix, (t) => t.split("\n").slice(0, 3).join("\n") + "\n");
    const out = join(ws.out, "netflix-cross-border.csv");
    await expectFailure(out, { line: null, reason: /the new build has 1 row, under half of the \d+ rows of the version in .*manifest\.json; if that is right, run again with --allow-shrink/ });
    await ws.ingest([], ws.sources, { allowShrink: true });
    expect((await readFile(join(ws.out, "netflix-lists.csv"), "utf8")).trimEnd().split("\n")).toHaveLength(3);
  });
});

describe("folders", () => {
  it("fails: a missing --from folder is named as a folder", async () => {
    const missing = join(ws.root, "no-such-folder");
    await expect(ws.ingest([], missing)).rejects.toThrow(`${missing}: folder not found (given as --from)`);
    expect(await snapshot(ws.out)).toEqual(before);
  });

  it("fails: a --from that is a file, not a folder", async () => {
    const file = join(ws.sources, "netflix-top10/all-weeks-global.tsv");
    await expect(ws.ingest([], file)).rejects.toThrow(`${file}: not a folder (given as --from)`);
    expect(await snapshot(ws.out)).toEqual(before);
  });

  it("fails: a missing file in the --from folder is named as a missing file", async () => {
    const file = join(ws.sources, "netflix-top10/all-weeks-global.tsv");
    await rm(file);
    await expect(ws.ingest()).rejects.toThrow(`${file}: file not found`);
    expect(await snapshot(ws.out)).toEqual(before);
  });
});
