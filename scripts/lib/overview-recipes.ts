import type { CrossBorderWeek, ObservationRow } from "../../src/data/schemas";
import type { OverviewCardId } from "../../src/lib/overview-cards";
import type { WeeklyMean } from "./weekly-means";

/** Rows of one statistic copied from an observation dataset (full years only). */
export type CopiedSeries = { kind: "copied"; series: string; dataset: string; where: (r: ObservationRow) => boolean };
/** The yearly means of a weekly count. */
export type MeanSeries = WeeklyMean & { kind: "mean"; series: string; dataset: string; unit: string; where: (r: CrossBorderWeek) => boolean };

/** How a card's series are made, and what the card is there for (the manifest's note on it). */
export type CardRecipe = { about: string; series: (CopiedSeries | MeanSeries)[] };

const copied = (series: string, dataset: string, where: CopiedSeries["where"]): CopiedSeries => ({ kind: "copied", series, dataset, where });
const share = (sector: string, measure: string) => (r: ObservationRow) =>
  r.indicator === "export_share" && r.reporter === "KOR" && r.partner === "JPN" && r.sector === sector && r.measure === measure;

const NETFLIX = { kind: "mean", dataset: "netflix-cross-border", unit: "titles_per_list", list: "weekly list", dated: "weeks ending" } as const;
const netflix = (series: "TV" | "Films", country: "JP" | "KR", counts: string): MeanSeries => ({
  ...NETFLIX, series, counts, where: (r) => r.country === country && r.category === series && r.origin === (country === "JP" ? "KOR" : "JPN"),
});

export const CARD_RECIPES: Record<OverviewCardId, CardRecipe> = {
  "music-exports": {
    about: "Korea's music exports to Japan (US$ thousand): KOCCA's music industry survey as published in KOSIS, the one official series of Korean content exports to Japan in this data with a figure every year; copied from trade-flows.",
    series: [copied("kosis-music-by-region", "trade-flows", (r) =>
      r.indicator === "export_value" && r.reporter === "KOR" && r.partner === "JPN" && r.sector === "music" && r.measure === "kosis-music-by-region")],
  },
  "broadcast-share": {
    about: "Japan's share of Korea's broadcast programme exports (per cent), as the programme trade survey gives it: the years of Winter Sonata and the first Korean wave in Japan, reaching back to 2002; copied from export-share.",
    series: [copied("programme-trade-survey", "export-share", share("broadcasting", "programme-trade-survey"))],
  },
  "game-share": {
    about: "Japan's share of Korea's game exports (per cent), as the yearly game white papers give it; copied from export-share.",
    series: [copied("game-white-paper", "export-share", share("games", "game-white-paper"))],
  },
  "netflix-korean-in-japan": {
    about: "Korean titles in Japan's Netflix top 10, TV and films: the yearly mean of the weekly count of distinct titles, computed from netflix-cross-border.",
    series: [
      netflix("TV", "JP", "the distinct Korean titles in Japan's Netflix TV top 10"),
      netflix("Films", "JP", "the distinct Korean titles in Japan's Netflix films top 10"),
    ],
  },
  "netflix-japanese-in-korea": {
    about: "Japanese titles in South Korea's Netflix top 10, TV and films: the yearly mean of the weekly count of distinct titles, computed from netflix-cross-border.",
    series: [
      netflix("TV", "KR", "the distinct Japanese titles in South Korea's Netflix TV top 10"),
      netflix("Films", "KR", "the distinct Japanese titles in South Korea's Netflix films top 10"),
    ],
  },
  "hot100-korean": {
    about: "Songs by Korean acts in Billboard JAPAN's Hot 100: the yearly mean of the weekly count of distinct songs, computed from hot100-korean.",
    series: [{
      kind: "mean", series: "Hot 100", dataset: "hot100-korean", unit: "songs_per_chart", list: "weekly chart", dated: "charts dated",
      counts: "the distinct songs by Korean acts in Billboard JAPAN's Hot 100", where: (r) => r.origin === "KOR",
    }],
  },
  "box-office-japanese": {
    about: "Japanese films' share of admissions in Korean cinemas (per cent), computed from KOBIS's yearly lists; copied from box-office.",
    series: [copied("kobis-yearly-lists", "box-office", (r) =>
      r.indicator === "box_office_share_admissions" && r.reporter === "KOR" && r.partner === "JPN" && r.measure === "kobis-yearly-lists")],
  },
  "japan-content-market": {
    about: "The size of Japan's content market (¥ trillion), as the Digital Content Association of Japan's white papers give it on the basis used since the 2010 edition, for scale; copied from market-size.",
    series: [copied("dcaj-white-paper", "market-size", (r) =>
      r.indicator === "market_size" && r.reporter === "JPN" && r.sector === "all_DCAJ" && r.measure === "dcaj-white-paper")],
  },
};
