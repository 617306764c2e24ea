import type { ObservationRow } from "../data/schemas";
import type { SeriesId } from "./observation-layout";
import { describeSeries, isCited, seriesKey, type Label } from "./observation-series";
import { observationIdentity, sectorFamily, type Facet } from "./series-identity";

type Part = Parameters<typeof describeSeries>[2][number];

/** The sector families some rows hold, sorted: music for music, music_records and music_physical_albums. */
export function sectorFamilies(rows: Pick<ObservationRow, "sector">[]): string[] {
  return [...new Set(rows.map((r) => sectorFamily(r.sector)))].sort();
}

/**
 * The sector a chart shows: the reader's choice when the rows hold it, otherwise the first of the view's
 * defaults that they hold (one sector at a time keeps a chart to one question and a handful of series).
 */
export function chooseSector(families: string[], chosen: string, defaults: string[]): string {
  if (families.includes(chosen)) return chosen;
  return defaults.find((d) => families.includes(d)) ?? families[0] ?? chosen;
}

export const inSector = (r: Pick<ObservationRow, "sector">, family: string) => sectorFamily(r.sector) === family;

const PART_VALUE: Record<Part, (r: ObservationRow) => string> = {
  indicator: (r) => r.indicator, direction: (r) => r.direction, market: (r) => r.reporter, sector: (r) => r.sector,
  measure: (r) => (isCited(r) ? "cited" : r.measure),
};

/** The parts of a series name that tell the chart's series apart; what all of them share is in the title. */
export function varyingParts(rows: ObservationRow[], parts: Part[]): Part[] {
  const varying = parts.filter((p) => new Set(rows.map(PART_VALUE[p])).size > 1);
  return varying.length > 0 ? varying : parts.slice(-1);
}

/** Parts a name can do without when the others already tell the series apart (a DCAJ figure is about all content). */
const DROPPABLE: Part[] = ["sector", "indicator", "direction"];

/** A series namer for one chart's rows, naming only what differs between them and what tells them apart. */
export function namerFor(rows: ObservationRow[], parts: Part[], label: Label) {
  // A part can go when the other parts, flags aside, never stand for two of its values.
  const needed = (part: Part, fewer: Part[]) => {
    const valueOf = new Map<string, string>();
    for (const r of rows) {
      const name = fewer.map((p) => PART_VALUE[p](r)).join("|");
      if (!valueOf.has(name)) valueOf.set(name, PART_VALUE[part](r));
      else if (valueOf.get(name) !== PART_VALUE[part](r)) return true;
    }
    return false;
  };
  let shown = varyingParts(rows, parts);
  for (const part of DROPPABLE) {
    const fewer = shown.filter((p) => p !== part);
    if (fewer.length > 0 && fewer.length < shown.length && !needed(part, fewer)) shown = fewer;
  }
  return (r: ObservationRow) => describeSeries(r, label, shown);
}

/**
 * How one chart draws each of its rows: its series, named by what differs between them, coloured by `facet`,
 * with the marks that say how each figure is known. `variant` picks a second hue (a second statistic of one origin).
 */
export function seriesFor(rows: ObservationRow[], parts: Part[], label: Label, facet: Facet, variant?: (r: ObservationRow) => boolean) {
  const name = namerFor(rows, parts, label);
  return (r: ObservationRow): SeriesId => {
    const identity = observationIdentity(r, facet);
    return {
      key: seriesKey(r), label: name(r), identity: variant?.(r) ? { ...identity, variant: true } : identity,
      pointsOnly: isCited(r), dashed: r.status !== "final", hollow: r.basis === "computed",
    };
  };
}
