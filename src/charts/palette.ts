/**
 * Colour as identity: a series' colour follows from what it is (whose content, which flow, sector or statistic),
 * never from its place in a list, so it looks the same at any year range, filter, view or embed.
 *
 * The hues are Okabe–Ito's, each adjusted per theme to keep 3:1 contrast on the plot and card backgrounds.
 * Styles carry them as CSS custom properties (`--series-<hue>`), so a theme switch needs no redraw.
 */
import type { Facet, SeriesIdentity } from "../lib/series-identity";

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

export type { Facet, SeriesIdentity };


const ORIGIN: Record<string, Hue> = { KOR: "blue", JPN: "vermilion", WLD: "green", USA: "orange", "CHN+JPN": "purple", FOREIGN: "grey" };
const ORIGIN_VARIANT: Record<string, Hue> = { KOR: "sky", JPN: "purple" };
const FLOW: Record<string, Hue> = { export: "blue", import: "green", balance: "ink", ratio: "orange" };

/** Sectors by code; a sub-sector (`music_records`) takes its sector's hue unless listed. */
const SECTOR: Record<string, Hue> = {
  all: "ink", broadcasting: "sky", film: "orange", music: "purple", games: "green", comics: "vermilion", animation: "blue",
  characters: "blue", publishing: "vermilion", content: "blue", IP: "ink", copyright_culture_art: "orange", copyright_music_video: "purple",
};

const MEASURE: Record<string, Hue> = {
  "kocca-survey": "blue", "kocca-trend-estimate": "sky", "kocca-overseas-survey": "green", "bok-ip-trade": "orange", "bok-services": "orange",
  "customs-albums": "purple", "dcaj-white-paper": "vermilion", "mic-comparison": "ink", "human-media": "purple", "game-white-paper": "green",
  "kobis-annual": "blue", "kobis-yearly-lists": "sky", cited: "grey",
};

/** Sectors that the dashboard treats as one family: webtoons are comics, as in "comics/webtoons". */
const FAMILY: Record<string, string> = { webtoon: "comics" };

/** The sector a code belongs to: a sub-sector (`music_records`, `film:Suzume`) or a listed member of a family. */
export const sectorFamily = (code: string) => FAMILY[code] ?? code.split(/[_:]/)[0];

const sectorHue = (code: string): Hue | undefined => SECTOR[code] ?? SECTOR[sectorFamily(code)];

/** The hue of a series; a value the tables do not know is ink, never a colour borrowed by position. */
export function seriesHue(id: SeriesIdentity): Hue {
  if (id.context) return "grey";
  if (id.facet === "origin") return (id.variant ? ORIGIN_VARIANT[id.value] : undefined) ?? ORIGIN[id.value] ?? "ink";
  if (id.facet === "flow") return FLOW[id.value] ?? "ink";
  if (id.facet === "sector") return sectorHue(id.value) ?? "ink";
  return MEASURE[id.value] ?? "ink";
}

/** The series' colour as a CSS value that follows the theme. */
export const seriesColor = (id: SeriesIdentity) => `var(--series-${seriesHue(id)})`;
