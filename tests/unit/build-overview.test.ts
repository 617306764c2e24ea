import { describe, expect, it } from "vitest";
import type { Source } from "../../src/data/manifest";
import type { ObservationRow } from "../../src/data/schemas";
import type { Curated } from "../../scripts/lib/curated";
import type { DatasetRows } from "../../scripts/lib/dataset";
import { buildOverview, overview } from "../../scripts/ingest-overview";

const GAME: ObservationRow = {
  year: 2010, period: "calendar", periodStart: "", periodEnd: "", indicator: "export_share", reporter: "KOR", partner: "JPN",
  direction: "KOR-JPN", sector: "games", measure: "game-white-paper", status: "final", quality: "", value: 27.1, unit: "percent",
  basis: "reported", note: "", sourceId: "a", sourcePublisher: "Daily A", sourceTitle: "Game exports", sourceDate: "2011-10-10",
  sourceVia: "", sourceUrl: "https://example.com/a", quote: "일본 27.1%",
};
const game = (over: Partial<ObservationRow>): ObservationRow => ({ ...GAME, ...over });
const source = (id: string): Source => ({ id, publisher: id, title: id, url: `https://example.com/${id}`, terms: "", attribution: id, retrieved: "2025-01-01", via: "", repairs: "" });

/** Inputs for the overview: every dataset it is made from, empty unless given. */
function inputs(given: Record<string, ObservationRow[]>) {
  const datasets: Record<string, DatasetRows> = {};
  for (const id of overview.derivedFrom!) {
    const weekly = id === "netflix-cross-border" || id === "hot100-korean";
    datasets[id] = { kind: weekly ? "crossBorderWeek" : "observation", rows: given[id] ?? [], sources: [source("a"), source("b"), source("unused")] };
  }
  return { files: {}, curated: {} as Curated, datasets };
}

describe(buildOverview, () => {
  it("copies every full-year figure of the card's statistic, disagreeing ones side by side, and leaves part-years and other statistics out", () => {
    const rows = [
      game({}), game({ value: 27.4, sourceId: "b", sourceUrl: "https://example.com/b", note: "A later edition." }),
      game({ year: 2011, period: "h1", value: 30 }), game({ year: 2011, sector: "games_online", value: 31 }), game({ year: 2012, measure: "source:a", value: 9 }),
    ];
    const built = buildOverview(inputs({ "export-share": rows }));
    expect(built.rows.map((r) => [r.card, r.year, r.value, r.sourceId, r.note, r.inputs, r.dataset])).toEqual([
      ["game-share", 2010, 27.1, "a", "", null, "export-share"], ["game-share", 2010, 27.4, "b", "A later edition.", null, "export-share"],
    ]);
    expect(built.rows[0]).toMatchObject({ sourcePublisher: "Daily A", sourceTitle: "Game exports", sourceDate: "2011-10-10", sourceUrl: "https://example.com/a", period: "calendar" });
    expect(built.sources.map((s) => s.id)).toEqual(["a", "b"]);
  });

  it("stops rather than join figures of different status or unit into one series", () => {
    expect(() => buildOverview(inputs({ "export-share": [game({}), game({ year: 2011, status: "preliminary" })] }))).toThrow(
      "game-share game-white-paper would join different statistics (percent, final, reported, calendar; percent, preliminary, reported, calendar): split it into series of their own",
    );
    expect(() => buildOverview(inputs({ "market-size": [game({ indicator: "market_size", reporter: "JPN", sector: "all_DCAJ", measure: "dcaj-white-paper", unit: "JPY_trillion" }), game({ indicator: "market_size", reporter: "JPN", sector: "all_DCAJ", measure: "dcaj-white-paper", unit: "JPY_billion" })] }))).toThrow(/japan-content-market dcaj-white-paper would join different statistics/);
  });

  it("notes each card, and each card left out for want of rows", () => {
    const { notes } = buildOverview(inputs({ "export-share": [game({}), game({ year: 2013 })] }));
    expect(notes.find((n) => n.startsWith("game-share: "))).toMatch(/ 2010–2013, 2 rows\. Series: game-white-paper\. Full view: \?view=share&sector=games&dir=KOR-JPN\.$/);
    expect(notes.filter((n) => n.includes("no rows in this build")).length).toBe(7);
  });
});
