import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parse-csv";
import { overviewRowSchema } from "../../src/data/schemas";
import { selectOverview, type OverviewCard, type OverviewSeries } from "../../src/lib/overview";
import { OVERVIEW_EVENTS } from "../../src/lib/overview-cards";
import { agreed, readCells, same, SERIES_SOURCES, yearsOf, type Year } from "../helpers/overview-sources";

const cards = selectOverview(parseCsv(readFileSync("data/overview.csv", "utf8"), overviewRowSchema, "overview.csv"));

const card = (id: string) => cards.find((c) => c.id === id)!;
const seriesOf = (id: string, series: string) => card(id).series.find((s) => s.series === series)!;

describe("selectOverview on data/overview.csv, checked against the datasets behind each card", () => {
  it("gives every card, in the overview's order, with its series", () => {
    expect(cards.map((c) => c.id)).toEqual(Object.keys(SERIES_SOURCES));
    for (const c of cards) expect(c.series.map((s) => s.series)).toEqual(Object.keys(SERIES_SOURCES[c.id]));
  });

  const all = Object.entries(SERIES_SOURCES).flatMap(([id, series]) => Object.entries(series).map(([name, source]) => ({ id, name, source })));

  it.each(all)("$id $name: the points to draw, the gaps and the disputed years", ({ id, name, source }) => {
    const years = yearsOf(source);
    const s = seriesOf(id, name);
    expect(s.points.map((p) => p.year)).toEqual(years.map((y) => y.year));
    s.points.forEach((p, i) => {
      const y = years[i];
      expect(p.period === "span").toBe(!y.full);
      if (agreed(y)) expect(y.values.every((v) => same(p.value!, v)) && y.values.includes(p.value!)).toBe(true);
      else expect([p.value, [...p.values].sort()]).toEqual([null, [...new Set(y.values)].sort()]);
    });
    const span = years.map((y) => y.year);
    const missing = Array.from({ length: span.at(-1)! - span[0] + 1 }, (_, i) => span[0] + i).filter((y) => !span.includes(y));
    expect(s.missingYears).toEqual(missing);
    expect(s.disputedYears).toEqual(years.filter((y) => !agreed(y)).map((y) => y.year));
  });

  it.each(all)("$id $name: the sentence's first and last value, the latest value and the change over the last year", ({ id, name, source }) => {
    const years = yearsOf(source);
    const s = seriesOf(id, name);
    const full = years.filter((y) => y.full && agreed(y));
    const pick = (y: Year | undefined) => (y ? [y.year, y.values[0]] : null);
    const shown = (f: OverviewSeries["first"]) => (f ? [f.year, f.value] : null);
    expect(shown(s.first)).toEqual(pick(full[0]));
    expect(shown(s.last)).toEqual(pick(full.at(-1)));
    expect(shown(s.latest)).toEqual(pick(years.filter(agreed).at(-1)));
    const [last, before] = [full.at(-1)!, full.find((y) => y.year === full.at(-1)!.year - 1)];
    if (!before) return expect(s.change).toBeNull();
    const [a, b] = [before.values[0], last.values[0]];
    expect([s.change!.from.year, s.change!.to.year, s.change!.from.value, s.change!.to.value]).toEqual([before.year, last.year, a, b]);
    expect(s.change!.absolute).toBeCloseTo(b - a, 9);
    expect(s.change!.relative!).toBeCloseTo((b - a) / a, 12);
  });

  const keyEvents = readCells("curated/events.csv").filter((e) => ["Kim–Obuchi declaration", "Opening, stage 1", "World Cup 2002"].includes(e.label));

  it("marks the 1998 and 2002 events on exactly the cards whose years include them", () => {
    const marked = (c: OverviewCard) => c.events.map((e) => e.date);
    const inside = (c: OverviewCard) => {
      const years = Object.values(SERIES_SOURCES[c.id]).flatMap(yearsOf);
      const [start, end] = [years.map((y) => y.start).sort()[0], years.map((y) => y.end).sort().at(-1)!];
      return keyEvents.filter((e) => e.date <= end && (e.endDate || e.date) >= start).map((e) => e.date);
    };
    for (const c of cards) expect(marked(c), c.id).toEqual(inside(c));
    expect(cards.flatMap(inside).length).toBeGreaterThan(0);
  });

  it("takes the key events' dates from the timeline", () => {
    expect(keyEvents).toHaveLength(3);
    const slug = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    expect(OVERVIEW_EVENTS).toEqual(keyEvents.map((e) => ({ id: slug(e.label), date: e.date, endDate: e.endDate })));
  });
});
