import type { RowFilter } from "../data/data-index";
import type { MessageGroup } from "../i18n/groups";
import { COVERAGE_DATASETS } from "../lib/coverage-datasets";
import { CHARTS, COUNTRIES, COUNTRY_CHARTS, VIEWS, type View } from "../state/url-codec";

const CHART_DATASETS: Record<View["chart"], string[]> = {
  netflix: ["netflix-cross-border"],
  global: ["netflix-global"],
  spotify: ["spotify-weekly"],
  hot100: ["hot100-korean"],
  boxoffice: ["box-office", "box-office-films"],
  flixpatrol: ["flixpatrol-2020"],
};

/** The datasets the first screen of a view needs. */
export function datasetsFor(view: View): string[] {
  // The default view: one small file, with the key events' dates in its code and its labels in the catalogues.
  if (view.view === "overview") return ["overview"];
  if (view.view === "coverage") return [...COVERAGE_DATASETS, "labels"];
  const common = ["events", "labels"];
  if (view.view === "trade") return [...common, "trade-flows"];
  if (view.view === "market") return [...common, "market-size"];
  if (view.view === "share") return [...common, "export-share"];
  return [...common, ...CHART_DATASETS[view.chart]];
}

/** The rows the first screen reads of its datasets: of a dataset split by one of these columns, only that part loads. */
export function rowFilterFor(view: View): RowFilter {
  return view.view === "charts" && COUNTRY_CHARTS.includes(view.chart) ? { country: view.country } : {};
}

/** The message groups a view draws with: fetched with its code (view-modules.ts), and preloaded with it. */
export const VIEW_MESSAGES: Record<View["view"], MessageGroup[]> = {
  overview: ["overview"],
  trade: ["figures"],
  market: ["figures"],
  share: ["figures"],
  charts: ["charts"],
  coverage: ["coverage"],
};

/**
 * The address parameters that decide what datasetsFor and rowFilterFor return, with every value each can take.
 * The build lists the first screen of every combination, so the page can start those downloads
 * before the app's code has arrived.
 */
export const FIRST_SCREEN_PARAMS = { view: VIEWS, chart: CHARTS, country: COUNTRIES } as const satisfies Partial<Record<keyof View, readonly string[]>>;

