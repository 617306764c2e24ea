import type { ObservationRow } from "../../src/data/schemas";
import type { Citation, Curated, Fact } from "./curated";

type Observation = Omit<ObservationRow, "year"> & { year: number | null };

const PERIOD_SUFFIXES = ["_h1", "_q1", "_jan_may", "_jan_oct", "_jan_nov", "_quarter", "_to_date"];
/** A market's own size or rank: no direction. */
const SIZE_INDICATORS = ["market_size", "industry_sales", "world_rank", "overseas_market"];
/** Figures of a market (reporter) by the origin of the content (partner). */
const MARKET_INDICATORS = [
  "box_office", "admissions", "market_share", "music_sales_in_market", "films_released", "artist_sales",
  "first_week_sales", "kdrama_airtime_month", "oricon", "tv_rating",
];

/** Split a part-of-year suffix (e.g. export_value_h1) off the indicator. */
export function splitPeriod(indicator: string): { indicator: string; period: string } {
  const suffix = PERIOD_SUFFIXES.find((s) => indicator.endsWith(s));
  if (!suffix) return { indicator, period: "year" };
  return { indicator: indicator.slice(0, -suffix.length), period: suffix.slice(1).replace("_", "-") };
}

/** Which way the content or money moves: exporter-importer, or "within" a market's own figure. */
export function directionOf(indicator: string, reporter: string, partner: string): string {
  if (SIZE_INDICATORS.includes(indicator)) return "within";
  if (MARKET_INDICATORS.some((prefix) => indicator.startsWith(prefix))) {
    return partner === "" || partner === "WLD" || partner === reporter ? "within" : `${partner}-${reporter}`;
  }
  if (indicator.startsWith("import")) return `${partner}-${reporter}`;
  return `${reporter}-${partner}`;
}

export function citationFields(citation: Citation) {
  return {
    sourceId: citation.sourceId,
    sourcePublisher: citation.publisher,
    sourceTitle: citation.title,
    sourceDate: citation.date,
    sourceUrl: citation.url,
  };
}

export function factToObservation(fact: Fact, curated: Curated): Observation {
  const { indicator, period } = splitPeriod(fact.indicator);
  return {
    year: fact.year,
    period,
    indicator,
    reporter: fact.reporter,
    partner: fact.partner,
    direction: directionOf(indicator, fact.reporter, fact.partner),
    sector: fact.sector,
    measure: fact.measure || `source:${fact.sourceId}`,
    status: fact.status,
    value: fact.value,
    unit: fact.unit,
    basis: "reported",
    note: fact.note,
    ...citationFields(curated.citations.get(fact.sourceId)!),
    quote: fact.quote,
  };
}

/** Observations sort by indicator, direction, sector, year (unknown last), measure, source and value. */
export function compareObservations(a: Observation, b: Observation): number {
  const keys = (o: Observation) => [o.indicator, o.period, o.direction, o.sector, o.year ?? 9999, o.measure, o.sourceId, o.value, o.basis];
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
    return {
      id,
      publisher: c.publisher,
      title: c.title,
      url: c.url,
      terms: "Cited figure; see the original publication for its terms.",
      attribution: `${c.publisher}${c.date ? `, ${c.date}` : ""}`,
      retrieved: "",
      via: "",
      repairs: "",
    };
  });
}
export type { Observation };
