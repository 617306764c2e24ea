import { describe, expect, it } from "vitest";
import { detectLanguage, toLanguage } from "../../src/i18n/languages";
import { textWidth, wrap } from "../../src/lib/text-width";
import { DEFAULT_VIEW, parseView, serializeView } from "../../src/state/url-codec";

describe("detectLanguage", () => {
  it("takes the first of the browser's languages that the dashboard offers", () => {
    expect(detectLanguage(["ko-KR", "en-US"])).toBe("ko");
    expect(detectLanguage(["fr-FR", "ja"])).toBe("ja");
    expect(detectLanguage(["en-US", "ja"])).toBe("en");
    expect(detectLanguage(["zh-CN"])).toBe("en");
    expect(detectLanguage([])).toBe("en");
  });

  it("reads tags in any case and with a region", () => {
    expect(["JA", "ko_KR", "ko-Kore-KR", "x"].map(toLanguage)).toEqual(["ja", "ko", "ko", undefined]);
  });
});

describe("the lang parameter", () => {
  it("round-trips, and is left out when the browser chooses", () => {
    expect(serializeView({ ...DEFAULT_VIEW, lang: "ko" })).toBe("?lang=ko");
    expect(parseView("?view=market&lang=ja")).toEqual({ ...DEFAULT_VIEW, view: "market", lang: "ja" });
    expect(serializeView(DEFAULT_VIEW)).toBe("");
  });

  it("accepts a region and falls back to the browser's choice for anything else", () => {
    expect(parseView("?lang=ko-KR").lang).toBe("ko");
    expect(parseView("?lang=fr").lang).toBeUndefined();
    expect(parseView("?lang=%3Cscript%3E").lang).toBeUndefined();
  });
});

describe("text width and wrapping", () => {
  it("counts Korean and Japanese characters twice as wide as Latin letters", () => {
    expect(textWidth("KARA")).toBe(4);
    expect(textWidth("한국")).toBe(4);
    expect(textWidth("日本（BS2）")).toBe(11);
  });

  it("wraps Japanese between characters, never starting a line with closing punctuation", () => {
    const lines = wrap("韓国の対日輸出額と対日輸入額（年・分野別）", 16);
    expect(lines.join("")).toBe("韓国の対日輸出額と対日輸入額（年・分野別）");
    expect(lines.every((l) => textWidth(l) <= 18)).toBe(true);
    expect(lines.some((l) => /^[、。）」』・]/.test(l))).toBe(false);
    expect(lines.length).toBeGreaterThan(1);
  });

  it("wraps Korean and English at spaces", () => {
    expect(wrap("한일 간 콘텐츠 수출입", 10)).toEqual(["한일 간", "콘텐츠", "수출입"]);
    expect(wrap("Content trade between Korea and Japan", 16)).toEqual(["Content trade", "between Korea", "and Japan"]);
  });
});
