import { describe, expect, it } from "vitest";
import { findTitle, matchTitles, normalizeTitle, uniqueTitles, type NamedTitle } from "../../src/features/charts/match-titles";

const GLORY: NamedTitle = { title: "The Glory", titleKo: "더 글로리", titleJa: "ザ・グローリー ～輝かしき復讐～" };
const TITLES: NamedTitle[] = [
  { title: "Squid Game", titleKo: "오징어 게임", titleJa: "イカゲーム" },
  { title: "Squid Game: The Challenge" },
  { title: "Crash Landing on You", titleKo: "사랑의 불시착", titleJa: "愛の不時着" },
  GLORY,
  { title: "Physical: 100", titleKo: "피지컬: 100" },
];
const names = (found: NamedTitle[]) => found.map((t) => t.title);

describe("matchTitles", () => {
  it("finds titles containing the text, whatever the case", () => {
    expect(names(matchTitles(TITLES, "  squid "))).toEqual(["Squid Game", "Squid Game: The Challenge"]);
    expect(matchTitles([GLORY], "crash")).toEqual([]);
  });

  it("finds a title by its Korean or Japanese name", () => {
    expect(names(matchTitles(TITLES, "더 글로리"))).toEqual(["The Glory"]);
    expect(names(matchTitles(TITLES, "ザ・グローリー"))).toEqual(["The Glory"]);
    expect(names(matchTitles(TITLES, "불시착"))).toEqual(["Crash Landing on You"]);
  });

  it("ignores width, spacing, punctuation and hiragana versus katakana", () => {
    expect(names(matchTitles(TITLES, "ｻﾞ･ｸﾞﾛｰﾘｰ"))).toEqual(["The Glory"]);
    expect(names(matchTitles(TITLES, "ざ・ぐろーりー"))).toEqual(["The Glory"]);
    expect(names(matchTitles(TITLES, "더글로리"))).toEqual(["The Glory"]);
    expect(names(matchTitles(TITLES, "ＰＨＹＳＩＣＡＬ　100"))).toEqual(["Physical: 100"]);
  });

  it("matches nothing for text with no letters or digits", () => {
    expect(matchTitles(TITLES, " ・ ")).toEqual([]);
  });

  it("uses only the names that are recorded", () => {
    expect(matchTitles([{ title: "The Glory" }], "더 글로리")).toEqual([]);
  });
});

describe("findTitle", () => {
  it("takes the title one of whose names is the search text", () => {
    expect(findTitle(TITLES, "더 글로리")?.title).toBe("The Glory");
    expect(findTitle(TITLES, "squid game")?.title).toBe("Squid Game");
    expect(findTitle(TITLES, "オジンオ")).toBeUndefined();
  });
});

describe("uniqueTitles and normalizeTitle", () => {
  it("keeps one entry per English title with its native names, blank names left out", () => {
    const rows = [{ title: "The Glory", titleKo: "", titleJa: "" }, { title: "The Glory", titleKo: "더 글로리", titleJa: "" }, { title: "Alice" }];
    expect(uniqueTitles(rows)).toEqual([{ title: "Alice", titleKo: undefined, titleJa: undefined }, { title: "The Glory", titleKo: "더 글로리", titleJa: undefined }]);
  });

  it("folds full-width letters and case", () => {
    expect(normalizeTitle("Ｔｈｅ　Ｇｌｏｒｙ")).toBe("theglory");
  });
});
