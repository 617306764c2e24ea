import type { ObservationRow } from "../../src/data/schemas";
import type { Citation, Curated, Fact } from "./curated";

type Observation = Omit<ObservationRow, "year"> & { year: number | null };

/** A market's own size or rank: no direction. */
const SIZE_INDICATORS = ["market_size", "industry_sales", "world_rank", "overseas_market"];
/** Figures of a market (reporter) by the origin of the content (partner). */
const MARKET_INDICATORS = [
  "box_office", "admissions", "market_share", "music_sales_in_market", "films_released", "artist_sales",
  "first_week_sales", "kdrama_airtime_month", "oricon", "tv_rating", "airtime_share", "concert_", "foreign_artist",
  "films_rated", "films_imported", "published_titles", "translated_titles", "kdrama_",
];

/** Which way the content or money moves: exporter-importer, or "within" a market's own figure. */
export function directionOf(indicator: string, reporter: string, partner: string): string {
  if (SIZE_INDICATORS.includes(indicator)) return "within";
  if (MARKET_INDICATORS.some((prefix) => indicator.startsWith(prefix))) {
    return partner === "" || partner === "WLD" || partner === reporter ? "within" : `${partner}-${reporter}`;
  }
  if (indicator.startsWith("import")) return `${partner}-${reporter}`;
  return `${reporter}-${partner}`;
}

/** A publisher as a list of sources names it: with the copy it was read in, if any. */
export const publisherWithVia = (c: Citation) => (c.via ? `${c.publisher}, read in ${c.via}` : c.publisher);

export function citationFields(citation: Citation) {
  return {
    sourceId: citation.sourceId,
    sourcePublisher: citation.publisher,
    sourceTitle: citation.title,
    sourceDate: citation.date,
    sourceVia: citation.via,
    sourceUrl: citation.url,
  };
}

/** The note of a figure whose source restates another publication says so: it is not independent corroboration. */
function copyNote(citation: Citation, curated: Curated): string {
  const original = curated.citations.get(citation.copyOf);
  if (!original) return "";
  return `This source restates the release also cited as ${original.publisher}${original.date ? ` (${original.date})` : ""}: a copy of it, not independent corroboration.`;
}

export function factToObservation(fact: Fact, curated: Curated): Observation {
  const citation = curated.citations.get(fact.sourceId)!;
  return {
    year: fact.year,
    period: fact.period,
    periodStart: fact.periodStart,
    periodEnd: fact.periodEnd,
    indicator: fact.indicator,
    reporter: fact.reporter,
    partner: fact.partner,
    direction: directionOf(fact.indicator, fact.reporter, fact.partner),
    sector: fact.sector,
    measure: fact.measure || `source:${fact.sourceId}`,
    status: fact.status,
    quality: fact.quality,
    value: fact.value,
    unit: fact.unit,
    basis: "reported",
    note: [fact.note, copyNote(citation, curated)].filter(Boolean).join(" "),
    ...citationFields(citation),
    quote: fact.quote,
  };
}

/** Observations sort by indicator, direction, sector, year (unknown last), period, period end, measure, source and value. */
export function compareObservations(a: Observation, b: Observation): number {
  const keys = (o: Observation) => [o.indicator, o.direction, o.sector, o.year ?? 9999, o.period, o.periodEnd, o.measure, o.sourceId, o.value, o.basis];
  const ka = keys(a);
  const kb = keys(b);
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] === kb[i]) continue;
    return typeof ka[i] === "number" ? (ka[i] as number) - (kb[i] as number) : String(ka[i]) < String(kb[i]) ? -1 : 1;
  }
  return 0;
}

export function citedSources(rows: { sourceId: string }[], curated: Curated) {
  const ids = [...new Set(rows.map((r) => r.sourceId))].filter((id) => curated.citations.has(id));
  return ids.map((id) => {
    const c = curated.citations.get(id)!;
    const original = curated.citations.get(c.copyOf);
    return {
      id,
      publisher: c.publisher,
      title: c.title,
      url: c.url,
      terms: "Cited figure; see the original publication for its terms.",
      attribution: `${c.publisher}${c.date ? `, ${c.date}` : ""}${original ? `; restates the release also cited as ${original.publisher}${original.date ? `, ${original.date}` : ""}` : ""}`,
      retrieved: "",
      via: c.via,
      repairs: c.repairs,
    };
  });
}
export type { Observation };
