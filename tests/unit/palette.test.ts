import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { differenceCiede2000, parse, type Color, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, wcagContrast } from "culori";
import { describe, expect, it } from "vitest";
import { BACKGROUNDS, HUES, sectorFamily, seriesColor, seriesHue, type Hue } from "../../src/charts/palette";
import { parseCsv } from "../../src/data/parse-csv";
import { observationRowSchema, type ObservationRow } from "../../src/data/schemas";
import { selectAdmissionShares } from "../../src/features/charts/box-office-panel";
import { MARKET_CARDS, selectMarket, selectRanks } from "../../src/features/market/market-view";
import { selectExportShares, selectImportShares } from "../../src/features/share/share-view";
import { selectBalances, selectFlows, selectRatios, selectServiceBalances, selectWorld, tradeSectors } from "../../src/features/trade/select-trade";
import { sectorFamilies } from "../../src/lib/sector-choice";
import { isCited } from "../../src/lib/observation-series";
import { observationIdentity, type Facet } from "../../src/lib/series-identity";

const THEMES = ["light", "dark"] as const;
const NAMES = Object.keys(HUES) as Hue[];
const pairs = NAMES.flatMap((a, i) => NAMES.slice(i + 1).map((b) => [a, b] as const));
const deltaE = differenceCiede2000();
const same = (c: Color) => c;
const color = (hex: string) => parse(hex) as Color;
const VISION: [string, (c: Color) => Color, number][] = [
  ["normal vision", same, 10],
  ["deuteranopia", filterDeficiencyDeuter(1), 7],
  ["protanopia", filterDeficiencyProt(1), 7],
  ["tritanopia", filterDeficiencyTrit(1), 7],
];

describe("series hues", () => {
  it.each(THEMES)("pass 3:1 contrast on the page and card backgrounds of the %s theme", (theme) => {
    for (const name of NAMES) for (const bg of BACKGROUNDS[theme]) expect(wcagContrast(HUES[name][theme], bg), `${name} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it.each(THEMES.flatMap((theme) => VISION.map(([vision, simulate, min]) => [theme, vision, simulate, min] as const)))(
    "stay apart in the %s theme for %s (CIEDE2000)", (theme, _, simulate, min) => {
      for (const [a, b] of pairs) expect(deltaE(simulate(color(HUES[a][theme])), simulate(color(HUES[b][theme]))), `${a} / ${b}`).toBeGreaterThanOrEqual(min);
    });

  it("are the ones the stylesheet declares, per theme", () => {
    const css = readFileSync(resolve(process.cwd(), "src/app/styles.css"), "utf8");
    const [light, dark] = css.split("@media (prefers-color-scheme: dark)");
    for (const name of NAMES) {
      expect(light).toContain(`--series-${name}: ${HUES[name].light};`);
      expect(dark).toContain(`--series-${name}: ${HUES[name].dark};`);
    }
  });
});

describe("seriesHue", () => {
  it("gives Korea and Japan their own hues, and a second hue for a second series of each", () => {
    const hues = [seriesHue({ facet: "origin", value: "KOR" }), seriesHue({ facet: "origin", value: "KOR", variant: true }),
      seriesHue({ facet: "origin", value: "JPN" }), seriesHue({ facet: "origin", value: "JPN", variant: true })];
    expect(new Set(hues).size).toBe(4);
    expect(seriesColor({ facet: "origin", value: "KOR" })).toBe("var(--series-blue)");
  });

  it("draws context layers grey and names unknown values in ink, never by position", () => {
    expect(seriesHue({ facet: "origin", value: "KOR", context: true })).toBe("grey");
    expect(seriesHue({ facet: "sector", value: "no-such-sector" })).toBe("ink");
    expect(seriesHue({ facet: "sector", value: "music_records" })).toBe(seriesHue({ facet: "sector", value: "music" }));
  });
});

const load = (name: string) => parseCsv(readFileSync(resolve(process.cwd(), `data/${name}.csv`), "utf8"), observationRowSchema, name);
const trade = () => load("trade-flows");
const shares = () => load("export-share");
const market = () => load("market-size");
/** Every chart each view can show, with every sector a reader can choose. */
const CHARTS: [string, () => ObservationRow[], Facet][] = [
  ...tradeSectors(trade()).flatMap((sector) => (["export_value", "import_value"] as const).map((indicator) =>
    [`${indicator} of ${sector}`, () => selectFlows(trade(), { indicator, sector }), "measure"] as [string, () => ObservationRow[], Facet])),
  ...sectorFamilies(shares().filter((r) => r.indicator === "export_share")).map((sector) =>
    [`export share of ${sector}`, () => selectExportShares(shares(), sector), "measure"] as [string, () => ObservationRow[], Facet]),
  ["import share", () => selectImportShares(shares()), "measure"],
  ["export/import ratio", () => selectRatios(trade()), "sector"],
  ["intellectual-property balance", () => selectBalances(trade()), "sector"],
  ["services balance", () => selectServiceBalances(trade()), "sector"],
  ["trade with the world", () => selectWorld(trade()), "flow"],
  ...sectorFamilies(market().filter((r) => r.indicator !== "world_rank")).flatMap((sector) => MARKET_CARDS.filter((c) => c.currency !== "USD").map((card) =>
    [`${card.id} of ${sector}`, () => selectMarket(market(), { market: "both", sector, currency: card.currency }), "measure"] as [string, () => ObservationRow[], Facet])),
  ["market size in US dollars", () => selectMarket(market(), { market: "both", sector: "all", currency: "USD" }), "origin"],
  ["market rank", () => selectRanks(market(), { market: "both" }), "origin"],
  ["box office", () => selectAdmissionShares(load("box-office")), "origin"],
];
/** Charts with at least one statistic: a chart of cited figures alone draws only grey points. */
const COLOURED = CHARTS.filter(([, select]) => select().some((r) => !isCited(r)));

/** A sub-sector (music_records) is its sector's family and may share its hue; anything else must not. */
const family = (facet: Facet, value: string) => (facet === "sector" ? sectorFamily(value) : value);

describe("series that share a chart in the shipped data", () => {
  it.each(COLOURED)("%s: a different hue for every different thing its series are coloured by", (_, select, facet) => {
    const byHue = new Map<Hue, Set<string>>();
    for (const r of select()) {
      const id = observationIdentity(r, facet);
      const hue = seriesHue(id);
      if (hue === "grey") continue;
      byHue.set(hue, (byHue.get(hue) ?? new Set()).add(family(facet, id.value)));
    }
    expect(byHue.size).toBeGreaterThan(0);
    for (const [hue, families] of byHue) expect([...families], hue).toHaveLength(1);
  });
});
