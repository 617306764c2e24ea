import type { ObservationRow } from "../data/schemas";

/**
 * What a series' colour follows. A chart colours all its series by one facet, chosen by the chart, never by the
 * data that happens to be present: `origin` (whose content or market), `flow` (exports, imports, balance, ratio),
 * `sector`, or `measure` (the statistic).
 */
export type Facet = "origin" | "flow" | "sector" | "measure";

export type SeriesIdentity = {
  facet: Facet;
  value: string;
  /** A second series of the same value on one chart (TV beside films): Korea and Japan have a second hue for it. */
  variant?: boolean;
  /** Drawn only for scale or context: grey. */
  context?: boolean;
};

/** Sectors that the dashboard treats as one family: webtoons are comics, as in "comics/webtoons". */
const FAMILY: Record<string, string> = { webtoon: "comics" };

/** The sector a code belongs to: a sub-sector (`music_records`, `film:Suzume`) or a listed member of a family. */
export const sectorFamily = (code: string) => FAMILY[code] ?? code.split(/[_:]/)[0];

/** Whose content a figure is about: the origin of a flow ("KOR-JPN" → KOR), or the market itself. */
export function originOf(r: Pick<ObservationRow, "direction" | "reporter">): string {
  const [from, to] = r.direction.split("-");
  return to === undefined ? r.reporter : from;
}

function flowOf(indicator: string): string {
  if (indicator.startsWith("import")) return "import";
  if (indicator.endsWith("balance")) return "balance";
  if (indicator.endsWith("ratio")) return "ratio";
  return "export";
}

/** A yearly figure's identity along the facet its chart colours by; figures cited once carry "cited" as their measure. */
export function observationIdentity(r: ObservationRow, facet: Facet): SeriesIdentity {
  if (facet === "origin") return { facet, value: originOf(r) };
  if (facet === "flow") return { facet, value: flowOf(r.indicator) };
  if (facet === "sector") return { facet, value: r.sector };
  const variant = sectorFamily(r.sector) !== r.sector;
  return { facet, value: r.measure.startsWith("source:") ? "cited" : r.measure, ...(variant && { variant }) };
}
