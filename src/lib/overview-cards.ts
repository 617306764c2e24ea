import type { View } from "../state/url-codec";

/**
 * The overview's cards in the order they are shown: each is one part of the Korea–Japan story, drawn from the best
 * continuous statistic the data holds for it. `series` lists the card's series, its headline first; `link` is the
 * full view that draws the same series (view parameters, defaults included).
 */
export const OVERVIEW_CARDS = [
  { id: "music-exports", series: ["kosis-music-by-region"], link: { view: "trade", sector: "music", dir: "KOR-JPN" } },
  { id: "broadcast-share", series: ["programme-trade-survey"], link: { view: "share", sector: "broadcasting", dir: "KOR-JPN" } },
  { id: "game-share", series: ["game-white-paper"], link: { view: "share", sector: "games", dir: "KOR-JPN" } },
  { id: "netflix-korean-in-japan", series: ["TV", "Films"], link: { view: "charts", chart: "netflix", country: "JP", cat: "all" } },
  { id: "netflix-japanese-in-korea", series: ["TV", "Films"], link: { view: "charts", chart: "netflix", country: "KR", cat: "all" } },
  { id: "hot100-korean", series: ["Hot 100"], link: { view: "charts", chart: "hot100" } },
  { id: "box-office-japanese", series: ["kobis-yearly-lists"], link: { view: "charts", chart: "boxoffice" } },
  { id: "japan-content-market", series: ["dcaj-white-paper"], link: { view: "market", market: "JPN", sector: "all_DCAJ" } },
] as const satisfies readonly { id: string; series: readonly string[]; link: Partial<View> }[];

export type OverviewCardId = (typeof OVERVIEW_CARDS)[number]["id"];

/** An event on the timeline: its id, and its first and (for a period) last date as events.csv gives them. */
export type KeyEvent = { id: string; date: string; endDate: string };

/**
 * The key events an overview card marks when its years include them: the 1998 declaration and first opening to
 * Japanese culture, and the 2002 World Cup. Dates as in data/curated/events.csv (a test keeps them equal), so the
 * overview needs no second file.
 */
export const OVERVIEW_EVENTS: KeyEvent[] = [
  { id: "kim-obuchi-declaration", date: "1998-10-08", endDate: "" },
  { id: "opening-stage-1", date: "1998-10-20", endDate: "" },
  { id: "world-cup-2002", date: "2002-05-31", endDate: "2002-06-30" },
];
