import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { activateLanguage, loadExtra } from "../../src/i18n/i18n";
import { citationBibtex, citationText, metadataText, type CitationInput } from "../../src/lib/citation";
import { exportFileName } from "../../src/lib/file-name";

const input: CitationInput = {
  title: "Content trade between Korea and Japan",
  subtitle: "Korea's exports to Japan",
  permalink: "https://example.org/kj/?sector=music&v=0123456789ab",
  version: "0123456789abcdef".padEnd(64, "0"),
  accessed: "2026-11-22",
  sources: [{ publisher: "Netflix", title: "Top 10", url: "https://www.netflix.com/tudum/top10", terms: "Terms apply", attribution: "Source: Netflix Top 10" }],
  filters: { sector: "music", from: "2010", to: "2020" },
};

beforeAll(() => Promise.all([loadExtra("exports", "en"), loadExtra("exports", "ko"), loadExtra("exports", "ja")]));
afterEach(() => activateLanguage("en"));

describe("citations", () => {
  it("give the title, version, permalink and access date", () => {
    expect(citationText(input)).toBe(
      `Korea–Japan content trade dashboard. "Content trade between Korea and Japan." Data version 0123456789ab. https://example.org/kj/?sector=music&v=0123456789ab (accessed 22 November 2026).`,
    );
    const bib = citationBibtex(input);
    expect(bib).toMatch(/^@misc\{kjcontent-20261122-01234567,/);
    expect(bib).toContain("howpublished = {\\url{https://example.org/kj/?sector=music&v=0123456789ab}}");
    expect(bib).toContain("note = {Data version 0123456789ab; accessed 2026-11-22}");
  });

  it("are written in Korean and Japanese, with the date as each language writes it", async () => {
    await activateLanguage("ko");
    expect(citationText({ ...input, title: "한일 간 콘텐츠 수출입" })).toBe(
      "한일 콘텐츠 교역 대시보드. “한일 간 콘텐츠 수출입”. 데이터 버전 0123456789ab. https://example.org/kj/?sector=music&v=0123456789ab (2026년 11월 22일 접속).",
    );
    expect(citationBibtex(input)).toContain("author = {{한일 콘텐츠 교역 대시보드}}");
    await activateLanguage("ja");
    expect(citationText({ ...input, title: "日韓のコンテンツ貿易" })).toBe(
      "日韓コンテンツ貿易ダッシュボード「日韓のコンテンツ貿易」データの版 0123456789ab。https://example.org/kj/?sector=music&v=0123456789ab（2026年11月22日閲覧）。",
    );
  });

  it("travel in a metadata file with the filters and each source's terms", async () => {
    const text = metadataText(input, "x.csv");
    expect(text).toContain("- sector: music");
    expect(text).toContain("Terms: Terms apply");
    expect(text).toContain(`Dataset version (sha256): ${input.version}`);
    await activateLanguage("ja");
    const japanese = metadataText(input, "x.csv");
    expect(japanese).toContain("## 引用方法");
    expect(japanese).toContain("利用条件：Terms apply");
    expect(japanese).toContain("ファイル：x.csv（BOM付きUTF-8");
  });

  it("name files after the dataset, the filters and the date", () => {
    expect(exportFileName("trade-flows", { sector: "music", from: "2010", to: "2020" }, "2026-11-22", "csv")).toBe("trade-flows_sector-music_2010-2020_2026-11-22.csv");
  });
});
