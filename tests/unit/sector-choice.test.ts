import { describe, expect, it } from "vitest";
import type { ObservationRow } from "../../src/data/schemas";
import { chooseSector, namerFor, sectorFamilies, seriesFor } from "../../src/lib/sector-choice";

const base: ObservationRow = {
  year: 2016, period: "calendar", periodStart: "", periodEnd: "", indicator: "market_size", reporter: "JPN", partner: "", direction: "within", sector: "all_DCAJ",
  measure: "dcaj-white-paper", status: "final", quality: "", value: 12, unit: "JPY_trillion", basis: "reported", note: "", sourceId: "a",
  sourcePublisher: "A", sourceTitle: "T", sourceDate: "2018", sourceVia: "", sourceUrl: "https://example.com", quote: "",
};
const row = (o: Partial<ObservationRow>): ObservationRow => ({ ...base, ...o });
const label = (_: string, key: string) => key;

describe("sector choice", () => {
  it("offers families and falls back to the view's default when the choice is not there", () => {
    expect(sectorFamilies([row({ sector: "music_records" }), row({ sector: "music" }), row({ sector: "webtoon" })])).toEqual(["comics", "music"]);
    expect(chooseSector(["film", "music"], "any", ["music", "all"])).toBe("music");
    expect(chooseSector(["film", "music"], "film", ["music"])).toBe("film");
    expect(chooseSector(["film"], "any", ["music"])).toBe("film");
  });
});

describe("namerFor", () => {
  it("names only what tells the series apart", () => {
    const rows = [row({}), row({ measure: "human-media", sector: "all_HUMANMEDIA" })];
    expect(rows.map(namerFor(rows, ["market", "indicator", "sector", "measure"], label))).toEqual(["dcaj-white-paper", "human-media"]);
  });

  it("keeps a part whose values the others would hide, even where flags differ", () => {
    const rows = [row({ indicator: "overseas_market", measure: "human-media" }), row({ measure: "human-media", period: "fiscal" })];
    const names = rows.map(namerFor(rows, ["indicator", "measure"], label));
    expect(names[0]).toContain("overseas_market");
    expect(names[1]).toContain("market_size");
  });
});

describe("seriesFor", () => {
  it("draws cited figures as points, estimates dashed, computed hollow, and colours by the chart's facet", () => {
    const rows = [row({ measure: "source:x", status: "estimate", basis: "computed" })];
    const s = seriesFor(rows, ["measure"], label, "measure")(rows[0]);
    expect(s).toMatchObject({ pointsOnly: true, dashed: true, hollow: true, identity: { facet: "measure", value: "cited" } });
    expect(seriesFor(rows, ["measure"], label, "origin", () => true)(rows[0]).identity).toEqual({ facet: "origin", value: "JPN", variant: true });
  });
});
