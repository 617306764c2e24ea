import { describe, expect, it } from "vitest";
import type { CrossBorderWeek } from "../../src/data/schemas";
import { enteredTitles, parseTitles } from "../../src/lib/entered-titles";

describe("parseTitles", () => {
  it("reads titles with their ranks, parentheses and commas inside a title included", () => {
    expect(parseTitles("Mine (2); Nevertheless, (8); Love (ft. Marriage and Divorce) (9)")).toEqual([
      { title: "Mine", rank: 2 },
      { title: "Nevertheless,", rank: 8 },
      { title: "Love (ft. Marriage and Divorce)", rank: 9 },
    ]);
    expect(parseTitles("アイドル – YOASOBI (7)")).toEqual([{ title: "アイドル – YOASOBI", rank: 7 }]);
  });

  it("reads an empty cell as no titles and keeps text without a rank", () => {
    expect(parseTitles("")).toEqual([]);
    expect(parseTitles("Mine (2); Broken entry")).toEqual([{ title: "Mine", rank: 2 }, { title: "Broken entry", rank: null }]);
  });
});

const week = (w: string, titles: string): CrossBorderWeek => ({
  week: w, chart: "Spotify Top 50", country: "KR", category: "Top 50", origin: "JPN", entries: 0, bestRank: null, titles,
  listSize: 50, unknownEntries: 0, samples: 7,
});

describe("enteredTitles", () => {
  it("orders titles tied on best rank and first week by title", () => {
    const after = [week("2023-06-05", "Zeta (4); Alpha (4)"), week("2023-05-29", "Old (1)")];
    expect(enteredTitles([week("2023-05-15", "Old (2)")], after, [])).toEqual([
      { title: "Alpha", weeks: ["2023-06-05"], bestRank: 4, inEventWeek: false },
      { title: "Zeta", weeks: ["2023-06-05"], bestRank: 4, inEventWeek: false },
    ]);
  });

  it("keeps the best rank over the after weeks and lists each week once, in order", () => {
    const after = [week("2023-06-12", "New (3)"), week("2023-06-05", "New (8)")];
    expect(enteredTitles([], after, [week("2023-05-22", "New (20)")])).toEqual([
      { title: "New", weeks: ["2023-06-05", "2023-06-12"], bestRank: 3, inEventWeek: true },
    ]);
  });
});
