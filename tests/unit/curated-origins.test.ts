import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadCurated } from "../../scripts/lib/curated";
import { parseCsv } from "../../src/data/parse-csv";
import { manifestSchema } from "../../src/data/manifest";
import { netflixListRowSchema, ROW_SCHEMAS } from "../../src/data/schemas";

const curated = await loadCurated("data/curated");
const works = [...curated.netflixOrigins.values()].flat();
const work = (title: string, country = "", category = "") =>
  works.find((w) => w.title === title && w.country === country && w.category === category);

const HANGUL = /[\uac00-\ud7a3]/;
const KANA_OR_KANJI = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** Japanese titles written in Latin letters in Japan too, kept because the × does not match an English x. */
const LATIN_IN_JAPAN = new Set(["SPY×FAMILY", "HUNTER×HUNTER"]);

describe("native titles in the Netflix tag table", () => {
  it("are recorded only on Korean, Japanese or Korea–Japan titles, each in its own script", () => {
    const native = works.filter((w) => w.titleKo || w.titleJa);
    expect(native.length).toBeGreaterThan(1000);
    for (const w of native) {
      expect(["KOR", "JPN", "KOR+JPN"], w.title).toContain(w.origin);
      if (w.titleKo) expect(w.titleKo, w.title).toMatch(HANGUL);
      if (w.titleJa && !LATIN_IN_JAPAN.has(w.titleJa)) expect(w.titleJa, w.title).toMatch(KANA_OR_KANJI);
    }
  });

  it("match the known cases", () => {
    expect(work("The Glory")).toMatchObject({ titleKo: "더 글로리", titleJa: "ザ・グローリー ～輝かしき復讐～" });
    expect(work("Squid Game")).toMatchObject({ titleKo: "오징어 게임", titleJa: "イカゲーム" });
    expect(work("Crash Landing on You")).toMatchObject({ titleKo: "사랑의 불시착", titleJa: "愛の不時着" });
    expect(work("Demon Slayer: Kimetsu no Yaiba")).toMatchObject({ origin: "JPN", titleJa: "鬼滅の刃", titleKo: "귀멸의 칼날" });
  });

  it("are published in netflix-lists, so a search by '더 글로리' or 'ザ・グローリー' finds The Glory", async () => {
    const rows = parseCsv(await readFile("data/netflix-lists.csv", "utf8"), netflixListRowSchema, "netflix-lists.csv");
    const found = (q: string) => new Set(rows.filter((r) => r.titleKo.includes(q) || r.titleJa.includes(q)).map((r) => r.title));
    expect(found("더 글로리")).toEqual(new Set(["The Glory"]));
    expect(found("ザ・グローリー")).toEqual(new Set(["The Glory"]));
    expect(rows.filter((r) => r.titleKo || r.titleJa).every((r) => ["KOR", "JPN", "KOR+JPN"].includes(r.origin))).toBe(true);
  });
});

describe("works that share an English title", () => {
  it("are told apart by country and list, each with its own origin", () => {
    expect(work("Kingdom", "KR", "TV")?.origin).toBe("KOR");
    expect(work("Kingdom", "JP", "TV")?.origin).toBe("JPN");
    expect(work("Confession", "KR", "Films")?.origin).toBe("KOR");
    expect(work("Confession", "JP", "Films")?.origin).toBe("JPN");
    expect(works.find((w) => w.title === "ONE PIECE" && w.season === "ONE PIECE: Season 1")?.origin).toBe("other");
  });
});

describe("the act rule", () => {
  const spotify = (artist: string) => curated.spotifyOrigins.get(artist)?.origin;
  const hot100 = (artist: string) => curated.hot100KoreanActs.get(artist)?.origin;

  it("places each test case where it was based and launched, the same in both charts", () => {
    const cases: [string, string][] = [["MISAMO", "JPN"], ["NiziU", "JPN"], ["XG", "JPN"], ["JO1", "JPN"], ["ME:I", "JPN"], ["LISA", "KOR"]];
    for (const [artist, origin] of cases) {
      expect(spotify(artist), artist).toBe(origin);
      expect(hot100(artist === "LISA" ? "LISA from BLACKPINK" : artist), artist).toBe(origin);
    }
    expect(hot100("&TEAM")).toBe("JPN");
    expect(hot100("JYONGRI")).toBe("JPN");
  });
});

describe("earlier published versions", () => {
  it("still parse after slots and the native titles were added, so pinned links keep working", async () => {
    const manifest = manifestSchema.parse(JSON.parse(await readFile("data/manifest.json", "utf8")));
    const kept = manifest.datasets.filter((d) => d.kind === "crossBorderWeek" || d.kind === "netflixList").flatMap((d) => d.versions.map((v) => ({ ...v, kind: d.kind })));
    expect(kept.length).toBeGreaterThan(0);
    for (const v of kept) {
      const rows = parseCsv(await readFile(`data/${v.file}`, "utf8"), ROW_SCHEMAS[v.kind], v.file);
      expect(rows, v.file).toHaveLength(v.rows);
    }
  });
});
