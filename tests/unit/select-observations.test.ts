import { describe, expect, it } from "vitest";
import type { ObservationRow } from "../../src/data/schemas";
import { selectMarket, selectRanks } from "../../src/features/market/market-view";
import { selectShares } from "../../src/features/share/share-view";
import { selectBalances, selectFlows, selectRatios, selectWorld } from "../../src/features/trade/select-trade";
import { activeFilters, DEFAULT_VIEW } from "../../src/state/url-codec";

const base: ObservationRow = {
  year: 2016, period: "calendar", periodStart: "", periodEnd: "", indicator: "export_value", reporter: "KOR", partner: "JPN", direction: "KOR-JPN", sector: "music",
  measure: "source:a", status: "final", quality: "", value: 1, unit: "USD_million", basis: "reported", note: "", sourceId: "a",
  sourcePublisher: "A", sourceTitle: "T", sourceDate: "2018", sourceVia: "", sourceUrl: "https://example.com", quote: "",
};
const row = (overrides: Partial<ObservationRow>): ObservationRow => ({ ...base, ...overrides });

const exportMusic = row({});
const importMusic = row({ indicator: "import_value", direction: "JPN-KOR" });
const exportGames = row({ sector: "games" });
const ratio = row({ indicator: "export_import_ratio", unit: "ratio" });
const balance = row({ indicator: "ip_trade_balance", sector: "IP_all", measure: "bok-ip-trade" });
const world = row({ partner: "WLD", direction: "KOR-WLD", sector: "all", measure: "kocca-survey" });
const rows = [exportMusic, importMusic, exportGames, ratio, balance, world];

describe("trade selectors", () => {
  it("keep both directions, or one, and one sector or all", () => {
    expect(selectFlows(rows, { dir: "both", sector: "any" })).toEqual([exportMusic, importMusic, exportGames]);
    expect(selectFlows(rows, { dir: "JPN-KOR", sector: "any" })).toEqual([importMusic]);
    expect(selectFlows(rows, { dir: "both", sector: "music" })).toEqual([exportMusic, importMusic]);
  });

  it("keep ratios and balances with Japan, and world totals apart", () => {
    expect(selectRatios(rows, { sector: "any" })).toEqual([ratio]);
    expect(selectBalances(rows, { sector: "IP_all" })).toEqual([balance]);
    expect(selectWorld(rows)).toEqual([world]);
  });
});

describe("market and share selectors", () => {
  const japan = row({ indicator: "market_size", reporter: "JPN", partner: "", direction: "within", sector: "all_DCAJ", unit: "JPY_trillion" });
  const korea = row({ indicator: "industry_sales", reporter: "KOR", partner: "", direction: "within", sector: "all", unit: "KRW_trillion" });
  const rank = row({ indicator: "world_rank", reporter: "JPN", partner: "WLD", direction: "within", unit: "rank" });

  it("pick markets and sectors, with ranks on their own", () => {
    expect(selectMarket([japan, korea, rank], { market: "JPN", sector: "any" })).toEqual([japan]);
    expect(selectMarket([japan, korea, rank], { market: "both", sector: "all" })).toEqual([korea]);
    expect(selectRanks([japan, korea, rank], { market: "both" })).toEqual([rank]);
  });

  it("pick export or import shares", () => {
    const exportShare = row({ indicator: "export_share", unit: "percent" });
    const importShare = row({ indicator: "import_share", direction: "JPN-KOR", unit: "percent" });
    const chinaJapan = row({ indicator: "export_share", partner: "CHN+JPN", direction: "KOR-CHN+JPN", unit: "percent" });
    expect(selectShares([exportShare, importShare, chinaJapan], { sector: "any", indicator: "export_share" })).toEqual([exportShare, chinaJapan]);
    expect(selectShares([exportShare, importShare], { sector: "any", indicator: "import_share" })).toEqual([importShare]);
  });
});

describe("activeFilters", () => {
  it("lists what narrows the data, not how the page is laid out", () => {
    expect(activeFilters({ ...DEFAULT_VIEW, view: "trade", sector: "music", table: "1", embed: "1", v: "0123456789ab", from: 2005 })).toEqual({ sector: "music", from: "2005", to: "2026" });
  });
});
