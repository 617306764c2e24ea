import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { manifestSchema } from "../../src/data/manifest";
import { parseView } from "../../src/state/url-codec";
import { OVERVIEW_CARDS } from "../../src/lib/overview-cards";
import { readCells, SERIES_SOURCES, weeklyRows, yearlyRows, type Cells } from "../helpers/overview-sources";

const overview = readCells("overview.csv");
const manifest = manifestSchema.parse(JSON.parse(readFileSync("data/manifest.json", "utf8")));
const SOURCE = ["sourceId", "sourcePublisher", "sourceTitle", "sourceDate", "sourceVia", "sourceUrl"];
const COPIED = ["year", "period", "periodStart", "periodEnd", "value", "unit", "status", "quality", "basis", "note", ...SOURCE];
const sourceOf = (r: Cells) => SERIES_SOURCES[r.card][r.series];

describe("every overview row traces to its dataset", () => {
  it("names a dataset and series this test knows, and holds a small number of rows", () => {
    for (const r of overview) expect(sourceOf(r)?.dataset, `${r.card} ${r.series}`).toBe(r.dataset);
    expect(overview.length).toBeGreaterThan(50);
    expect(overview.length).toBeLessThan(200);
  });

  it("a copied figure is a row of its dataset: same year, period, value, unit, status, quality, basis, note and source", () => {
    const copied = overview.filter((r) => r.inputs === "");
    expect(copied.length).toBeGreaterThan(0);
    for (const r of copied) {
      const matches = yearlyRows(sourceOf(r)).filter((s) => COPIED.every((column) => (s[column] ?? "") === r[column]));
      expect(matches.length, `${r.card} ${r.year} ${r.value} ${r.sourceId}`).toBeGreaterThan(0);
    }
  });

  it("every full-year figure of a card's statistic is on the card, once for each row", () => {
    for (const [card, all] of Object.entries(SERIES_SOURCES)) {
      for (const [series, source] of Object.entries(all).filter(([, s]) => s.kind === "yearly")) {
        const key = (r: Cells) => COPIED.map((c) => r[c] ?? "").join("|");
        const shown = overview.filter((r) => r.card === card && r.series === series).map(key).sort();
        expect(shown, `${card} ${series}`).toEqual(yearlyRows(source).map(key).sort());
      }
    }
  });

  it("a computed mean rests on its dataset's weekly rows of that year, counted in inputs, with the dataset's source", () => {
    const computed = overview.filter((r) => r.inputs !== "");
    expect(computed.length).toBeGreaterThan(0);
    for (const r of computed) {
      const weeks = weeklyRows(sourceOf(r)).filter((w) => w.week.startsWith(`${r.year}-`)).sort((a, b) => a.week.localeCompare(b.week));
      const label = `${r.card} ${r.series} ${r.year}`;
      expect([weeks.length, weeks.reduce((sum, w) => sum + Number(w.entries), 0) / weeks.length], label).toEqual([Number(r.inputs), Number(r.value)]);
      if (r.period === "span") expect([r.periodStart, r.periodEnd], label).toEqual([weeks[0].week, weeks.at(-1)!.week]);
      expect(r.note, label).toContain(`: ${weeks.reduce((sum, w) => sum + Number(w.entries), 0)} ÷ ${weeks.length}.`);
      const [source] = manifest.datasets.find((d) => d.id === r.dataset)!.sources;
      expect([r.basis, r.sourceId, r.sourcePublisher, r.sourceTitle, r.sourceDate, r.sourceVia, r.sourceUrl], label).toEqual(
        ["computed", source.id, source.publisher, source.title, source.retrieved, source.via, source.url]);
    }
  });

  it("a full-year mean missing some of the year's weeks names each of them", () => {
    const DAY = 86_400_000;
    let named = 0;
    for (const r of overview.filter((o) => o.inputs !== "" && o.period === "calendar")) {
      const weeks = weeklyRows(sourceOf(r)).map((w) => w.week).sort();
      const expected: string[] = [];
      for (let t = Date.parse(weeks[0]); t <= Date.parse(`${r.year}-12-31`); t += 7 * DAY) {
        const week = new Date(t).toISOString().slice(0, 10);
        if (week.startsWith(`${r.year}-`)) expected.push(week);
      }
      const missing = expected.filter((w) => !weeks.includes(w));
      expect(Number(r.inputs) + missing.length, `${r.card} ${r.series} ${r.year}`).toBe(expected.length);
      for (const week of missing) expect(r.note).toContain(week);
      named += missing.length;
    }
    expect(named).toBeGreaterThan(0);
  });
});

describe("the overview's manifest entry and links", () => {
  const entry = manifest.datasets.find((d) => d.id === "overview")!;

  it("describes each card with its full view, and lists every source the rows name", () => {
    for (const card of OVERVIEW_CARDS) expect(entry.notes.some((n) => n.startsWith(`${card.id}: `) && n.includes(`?${new URLSearchParams(card.link)}`))).toBe(true);
    expect(entry.sources.map((s) => s.id).sort()).toEqual([...new Set(overview.map((r) => r.sourceId))].sort());
  });

  it("links each card to a view the URL codec keeps, filtered to the rows behind the card", () => {
    const CHART_DATASETS: Record<string, string> = { netflix: "netflix-cross-border", hot100: "hot100-korean", boxoffice: "box-office" };
    for (const card of OVERVIEW_CARDS) {
      const view = parseView(`?${new URLSearchParams(card.link)}`);
      expect(view, card.id).toMatchObject(card.link);
      for (const source of Object.values(SERIES_SOURCES[card.id])) {
        const rows = source.kind === "yearly" ? yearlyRows(source) : weeklyRows(source);
        if (view.view === "charts") expect(CHART_DATASETS[view.chart]).toBe(source.dataset);
        for (const r of rows) {
          if (view.view === "charts" && r.country) expect(r.country).toBe(view.country);
          if (view.view !== "charts") expect([r.sector, view.view === "market" ? r.reporter : r.direction]).toEqual([view.sector, view.view === "market" ? view.market : view.dir]);
        }
      }
    }
  });
});
