import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { snapshot, workspace } from "../helpers/ingest-workspace";

const SPOTIFY = "spotify-top50-jp-kr/spotify-streaming-top-50-japan.csv";
const NETFLIX = "netflix-top10-jp-kr-2025/countries-jp-kr_2021-07-04_2025-09-28.tsv";

let ws: Awaited<ReturnType<typeof workspace>>;
let before: Record<string, string>;

beforeEach(async () => {
  ws = await workspace();
  await ws.ingest();
  before = await snapshot(ws.out);
});

async function breakFile(relative: string, edit: (text: string) => string | Uint8Array) {
  const file = join(ws.sources, relative);
  await writeFile(file, edit(await readFile(file, "utf8")));
  return file;
}

/** The ingest must fail with the file, the line and the reason, and leave data/ exactly as it was. */
async function expectFailure(pattern: RegExp) {
  await expect(ws.ingest()).rejects.toThrow(pattern);
  expect(await snapshot(ws.out)).toEqual(before);
}

describe("a malformed source fails the ingest and keeps data/", () => {
  it("names a missing column", async () => {
    const file = await breakFile(SPOTIFY, (t) => t.replace("position,", "pos,"));
    await expectFailure(new RegExp(`${escape(file)}, line 1: missing column "position"`));
  });

  it("names an unparseable number", async () => {
    const file = await breakFile(SPOTIFY, (t) => t.replace("2023-06-27,12,OMG", "2023-06-27,twelve,OMG"));
    await expectFailure(new RegExp(`${escape(file)}, line 5: column "position": not a whole number \\(got "twelve"\\)`));
  });

  it("names an unparseable date", async () => {
    const file = await breakFile(NETFLIX, (t) => t.replace("Japan\tJP\t2023-03-19\tFilms", "Japan\tJP\t19/03/2023\tFilms"));
    await expectFailure(new RegExp(`${escape(file)}, line 7: column "week": not a date`));
  });

  it("names a duplicate key and where it was first seen", async () => {
    const file = await breakFile(SPOTIFY, (t) => t.replace("2023-06-27,20,Ditto", "2023-06-27,12,Ditto"));
    await expectFailure(new RegExp(`${escape(file)}, line 6: duplicate date and position \\(2023-06-27 12\\), first seen on line 5`));
  });

  it("rejects an empty file", async () => {
    const file = await breakFile(SPOTIFY, () => "");
    await expectFailure(new RegExp(`${escape(file)}: the file is empty`));
  });

  it("rejects a byte-order mark", async () => {
    const file = await breakFile(SPOTIFY, (t) => "\uFEFF" + t);
    await expectFailure(new RegExp(`${escape(file)}, line 1: the file starts with a byte-order mark`));
  });

  it("rejects EUC-KR text at the line where it starts", async () => {
    const file = await breakFile("kobis-boxoffice-2018-2025/kobis_yearly_boxoffice_2018-2022.csv", (t) => {
      const [head, ...rest] = t.split("영화 나");
      const hangul = Uint8Array.from([0xc7, 0xd1, 0xb1, 0xb9]); // "한국" in EUC-KR
      return Buffer.concat([Buffer.from(head), hangul, Buffer.from(rest.join("영화 나"))]);
    });
    await expectFailure(new RegExp(`${escape(file)}, line 3: not valid UTF-8`));
  });

  it("rejects Shift_JIS text at the line where it starts", async () => {
    const file = await breakFile("billboard-japan-hot100/billboard-japan-hot100_weekly_2008-2025.csv", (t) => {
      const [head, ...rest] = t.split("ミスター");
      const nihon = Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]); // "日本" in Shift_JIS
      return Buffer.concat([Buffer.from(head), nihon, Buffer.from(rest.join("ミスター"))]);
    });
    await expectFailure(new RegExp(`${escape(file)}, line 4: not valid UTF-8`));
  });

  it("rejects a fact citing a source that is not in the source table", async () => {
    const facts = join(ws.curated, "facts.csv");
    await writeFile(facts, (await readFile(facts, "utf8")).replace(",src_b,9 times", ",src_zz,9 times"));
    await expectFailure(new RegExp(`${escape(facts)}, line 7: unknown sourceId "src_zz"`));
  });
});

const SUZUME = "admissions,KOR,JPN,film:Suzume,2023,to-date,,2023-04-28,5007193,persons,,final,,";
const CURATED_CASES: { name: string; file: string; from: string; to: string; error: string }[] = [
  { name: "a running total without the date it runs to", file: "facts.csv", from: SUZUME, to: SUZUME.replace("2023-04-28", ""), error: 'line 14: column "periodEnd": a to-date period needs the date it runs to' },
  { name: "a full year with an end date", file: "facts.csv", from: "2016,calendar,,,277.29", to: "2016,calendar,,2016-12,277.29", error: 'line 2: column "periodEnd": a calendar period takes no end date' },
  { name: "a period the model does not know", file: "facts.csv", from: "2016,calendar,,,277.29", to: "2016,year,,,277.29", error: 'line 2: column "period"' },
  { name: "a period still written into the indicator", file: "facts.csv", from: "export_value,KOR,JPN,music_physical_albums", to: "export_value_h1,KOR,JPN,music_physical_albums", error: 'line 6: column "indicator": the period belongs in the period column' },
  { name: "a measure with no display name", file: "facts.csv", from: "dcaj-white-paper,final", to: "dcaj-whitepaper,final", error: 'line 8: column "measure": unknown measure' },
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
    await expectFailure(new RegExp(`${escape(path)}, ${escape(error)}`));
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
