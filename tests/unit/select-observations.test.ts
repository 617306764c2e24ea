import { describe, expect, it } from "vitest";
import type { ObservationRow } from "../../src/data/schemas";
import { selectMarket, selectRanks } from "../../src/features/market/market-view";
import { selectExportShares, selectImportShares } from "../../src/features/share/share-view";
import { selectBalances, selectFlows, selectRatios, selectServiceBalances, selectWorld, tradeSectors } from "../../src/features/trade/select-trade";
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
const exportRecords = row({ sector: "music_records" });
const ratio = row({ indicator: "export_import_ratio", unit: "ratio" });
const balance = row({ indicator: "ip_trade_balance", sector: "IP_all", measure: "bok-ip-trade" });
const services = row({ indicator: "services_balance", sector: "travel_BOK", measure: "bok-bop-by-region" });
const world = row({ partner: "WLD", direction: "KOR-WLD", sector: "all", measure: "kocca-survey" });
const rows = [exportMusic, importMusic, exportGames, exportRecords, ratio, balance, services, world];

describe("trade selectors", () => {
  it("keep one direction and one sector with its sub-sectors", () => {
    expect(selectFlows(rows, { indicator: "export_value", sector: "music" })).toEqual([exportMusic, exportRecords]);
    expect(selectFlows(rows, { indicator: "import_value", sector: "music" })).toEqual([importMusic]);
    expect(selectFlows(rows, { indicator: "export_value", sector: "games" })).toEqual([exportGames]);
  });

  it("offer each sector family once", () => {
    expect(tradeSectors(rows)).toEqual(["games", "music"]);
  });

  it("keep ratios, intellectual-property and services balances with Japan, and world totals apart", () => {
    expect(selectRatios(rows)).toEqual([ratio]);
    expect(selectBalances(rows)).toEqual([balance]);
    expect(selectServiceBalances(rows)).toEqual([services]);
    expect(selectWorld(rows)).toEqual([world]);
  });
});

describe("market and share selectors", () => {
  const japan = row({ indicator: "market_size", reporter: "JPN", partner: "", direction: "within", sector: "all_DCAJ", unit: "JPY_trillion" });
  const korea = row({ indicator: "industry_sales", reporter: "KOR", partner: "", direction: "within", sector: "all", unit: "KRW_trillion" });
  const rank = row({ indicator: "world_rank", reporter: "JPN", partner: "WLD", direction: "within", unit: "rank" });

  const japanUsd = row({ ...japan, sector: "all", unit: "USD_billion", measure: "kocca-overseas-survey" });
  const japanFilm = row({ ...japan, sector: "film_boxoffice", unit: "JPY_billion" });

  it("pick markets, one sector family and one currency, with ranks on their own", () => {
    const all = [japan, korea, rank, japanUsd, japanFilm];
    expect(selectMarket(all, { market: "JPN", sector: "all", currency: "JPY" })).toEqual([japan]);
    expect(selectMarket(all, { market: "both", sector: "all", currency: "KRW" })).toEqual([korea]);
    expect(selectMarket(all, { market: "both", sector: "all", currency: "USD" })).toEqual([japanUsd]);
    expect(selectMarket(all, { market: "KOR", sector: "film", currency: "JPY" })).toEqual([]);
    expect(selectMarket(all, { market: "JPN", sector: "film", currency: "JPY" })).toEqual([japanFilm]);
    expect(selectRanks([japan, korea, rank], { market: "both" })).toEqual([rank]);
  });

  it("pick export or import shares", () => {
    const exportShare = row({ indicator: "export_share", unit: "percent" });
    const importShare = row({ indicator: "import_share", direction: "JPN-KOR", unit: "percent" });
    const chinaJapan = row({ indicator: "export_share", partner: "CHN+JPN", direction: "KOR-CHN+JPN", unit: "percent" });
    const gamesShare = row({ indicator: "export_share", sector: "games", unit: "percent" });
    expect(selectExportShares([exportShare, importShare, chinaJapan, gamesShare], "music")).toEqual([exportShare, chinaJapan]);
    expect(selectImportShares([exportShare, importShare, gamesShare])).toEqual([importShare]);
  });
});

describe("activeFilters", () => {
  it("lists what narrows the data, not how the page is laid out", () => {
    expect(activeFilters({ ...DEFAULT_VIEW, view: "trade", sector: "music", table: "1", embed: "1", v: "0123456789ab", from: 2005 })).toEqual({ sector: "music", from: "2005", to: "2026" });
  });
});
