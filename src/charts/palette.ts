/**
 * Colour as identity: a series' colour follows from what it is (whose content, which flow, sector or statistic),
 * never from its place in a list, so it looks the same at any year range, filter, view or embed.
 *
 * The hues are Okabe–Ito's, each adjusted per theme to keep 3:1 contrast on the plot and card backgrounds.
 * Styles carry them as CSS custom properties (`--series-<hue>`), so a theme switch needs no redraw.
 */
import { sectorFamily, type Facet, type SeriesIdentity } from "../lib/series-identity";

export const HUES = {
  blue: { light: "#0072b2", dark: "#2a78bb" },
  sky: { light: "#3496c9", dark: "#56b4e9" },
  vermilion: { light: "#c04b00", dark: "#e0651a" },
  purple: { light: "#c573a1", dark: "#cc79a7" },
  green: { light: "#009e73", dark: "#009e73" },
  orange: { light: "#c58000", dark: "#e69f00" },
  ink: { light: "#24292f", dark: "#e6edf3" },
  grey: { light: "#4d5660", dark: "#a3abb3" },
} as const;
export type Hue = keyof typeof HUES;

/** Plot backgrounds every hue must stand out from: page and card, per theme. */
export const BACKGROUNDS = { light: ["#ffffff", "#f6f8fa"], dark: ["#0f1419", "#161b22"] } as const;

export { sectorFamily };
export type { Facet, SeriesIdentity };

const ORIGIN: Record<string, Hue> = { KOR: "blue", JPN: "vermilion", WLD: "green", USA: "orange", "CHN+JPN": "purple", FOREIGN: "grey" };
const ORIGIN_VARIANT: Record<string, Hue> = { KOR: "sky", JPN: "purple" };
const FLOW: Record<string, Hue> = { export: "blue", import: "green", balance: "ink", ratio: "orange" };

/** Sectors by code; a sub-sector (`music_records`) takes its sector's hue unless listed. */
const SECTOR: Record<string, Hue> = {
  all: "ink", broadcasting: "sky", film: "orange", music: "purple", games: "green", comics: "vermilion", animation: "blue",
  characters: "blue", publishing: "vermilion", content: "blue", IP: "ink", copyright_culture_art: "orange", copyright_music_video: "purple",
  services_all_BOK: "ink", royalties_BOK: "orange", travel_BOK: "green",
};

/** Statistics that share a chart get different hues; a figure cited once is grey, a context layer behind the statistics. */
const MEASURE: Record<string, Hue> = {
  "kocca-survey": "blue", "kocca-trend-estimate": "sky", "kocca-year-end-review": "green", "culture-industry-statistics": "orange",
  "kocca-overseas-survey": "green", "pwc-em-outlook": "sky", "bok-ip-trade": "orange", "bok-ip-trade-2015": "purple", "bok-ip-special": "green",
  "bok-services": "orange", "bok-bop-by-region": "blue", "bok-pcr-old": "purple", "bok-pcr-bpm6": "sky",
  "customs-albums": "sky", "kosis-music-by-region": "purple", "kofic-film-exports": "vermilion", "comics-white-paper": "vermilion",
  "webtoon-survey": "purple", "broadcasting-industry-survey": "green", "programme-trade-survey": "orange", "game-white-paper": "green",
  "dcaj-white-paper": "vermilion", "dcaj-white-paper-pre2010": "orange", "human-media": "purple", "mic-comparison": "ink",
  "mic-broadcast-exports": "vermilion", "kobis-annual": "blue", "kobis-yearly-lists": "sky", cited: "grey",
};
/** A sub-sector's series of a statistic that also reports the whole sector on the same chart (terrestrial TV beside all broadcasting). */
const MEASURE_VARIANT: Record<string, Hue> = { "broadcasting-industry-survey": "ink", "kocca-survey": "sky", "game-white-paper": "ink" };

const sectorHue = (code: string): Hue | undefined => SECTOR[code] ?? SECTOR[sectorFamily(code)];

/** The hue of a series; a value the tables do not know is ink, never a colour borrowed by position. */
export function seriesHue(id: SeriesIdentity): Hue {
  if (id.context) return "grey";
  if (id.facet === "origin") return (id.variant ? ORIGIN_VARIANT[id.value] : undefined) ?? ORIGIN[id.value] ?? "ink";
  if (id.facet === "flow") return FLOW[id.value] ?? "ink";
  if (id.facet === "sector") return sectorHue(id.value) ?? "ink";
  return (id.variant ? MEASURE_VARIANT[id.value] : undefined) ?? MEASURE[id.value] ?? "ink";
}

/** The series' colour as a CSS value that follows the theme. */
export const seriesColor = (id: SeriesIdentity) => `var(--series-${seriesHue(id)})`;
