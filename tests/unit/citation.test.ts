import { describe, expect, it } from "vitest";
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

describe("citations", () => {
  it("give the title, version, permalink and access date", () => {
    expect(citationText(input)).toBe(
      `Korea–Japan content trade dashboard. "Content trade between Korea and Japan." Data version 0123456789ab. https://example.org/kj/?sector=music&v=0123456789ab (accessed 2026-11-22).`,
    );
    const bib = citationBibtex(input);
    expect(bib).toMatch(/^@misc\{kjcontent-20261122-01234567,/);
    expect(bib).toContain("howpublished = {\\url{https://example.org/kj/?sector=music&v=0123456789ab}}");
  });

  it("travel in a metadata file with the filters and each source's terms", () => {
    const text = metadataText(input, "x.csv");
    expect(text).toContain("- sector: music");
    expect(text).toContain("Terms: Terms apply");
    expect(text).toContain(`Dataset version (sha256): ${input.version}`);
  });

  it("name files after the dataset, the filters and the date", () => {
    expect(exportFileName("trade-flows", { sector: "music", from: "2010", to: "2020" }, "2026-11-22", "csv")).toBe("trade-flows_sector-music_2010-2020_2026-11-22.csv");
  });
});
