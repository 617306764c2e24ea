import type { DatasetSpec, Inputs } from "./lib/dataset";
import { input } from "./lib/dataset";
import { filmObservation, nationalityRows } from "./lib/box-office-shares";
import { selectFacts } from "./lib/fact-dataset";
import { parseAnnual } from "./lib/kobis-annual";
import { parseYearlyList } from "./lib/kobis-yearly";
import { citedSources, compareObservations, type Observation } from "./lib/observations";
import { SOURCES } from "./lib/sources";

/** KOBIS gives shares as fractions (0.545): the same figure as a percentage, free of the float's own noise. */
const percentOf = (fraction: number) => Number((fraction * 100).toFixed(10));
/** Cited figures that join KOBIS's: takings, admissions, shares and films released (running totals per film included). */
const CITED_INDICATORS = ["box_office_revenue", "box_office_share_admissions", "box_office_share_revenue", "box_office_share", "admissions", "films_released"];

/** KOBIS's yearly Korean vs foreign totals, as published. */
export function annualRows(text: string, file: string): Observation[] {
  const base = { measure: "kobis-annual", basis: "reported" as const, note: "" };
  return parseAnnual(text, file).flatMap((r) =>
    (
      [
        ["KOR", r.kr_audience, r.kr_sales, r.kr_market_share, r.kr_released],
        ["FOREIGN", r.ovs_audience, r.ovs_sales, r.ovs_market_share, r.ovs_released],
        ["WLD", r.total_audience, r.total_sales, null, r.total_released],
      ] as const
    ).flatMap(([partner, admissions, sales, share, released]) => [
      filmObservation(SOURCES.kobis2020, { ...base, year: r.year, partner, indicator: "admissions", value: admissions, unit: "persons" }),
      filmObservation(SOURCES.kobis2020, { ...base, year: r.year, partner, indicator: "box_office_revenue", value: sales, unit: "KRW" }),
      filmObservation(SOURCES.kobis2020, { ...base, year: r.year, partner, indicator: "films_released", value: released, unit: "count" }),
      ...(share === null ? [] : [filmObservation(SOURCES.kobis2020, { ...base, year: r.year, partner, indicator: "box_office_share_admissions", value: percentOf(share), unit: "percent" })]),
    ]),
  );
}

/** Totals and shares by representative nationality, summed over every film in KOBIS's yearly lists. */
export function yearlyShareRows(text: string, file: string): Observation[] {
  const films = parseYearlyList(text, file);
  const note = "Computed here: sum over every film in KOBIS's yearly list, by representative nationality.";
  return nationalityRows(films, SOURCES.kobis2025, "kobis-yearly-lists", note);
}

/** Offline, the yearly lists exported from KOBIS by hand; online (--online), KOBIS's daily top 10 instead. */
function fromYearlyLists(inputs: Inputs) {
  const yearly = input(inputs, "kobisYearly");
  return { rows: yearlyShareRows(yearly.text, yearly.file), sources: [SOURCES.kobis2025], notes: [] };
}

export const boxOffice: DatasetSpec = {
  id: "box-office",
  kind: "observation",
  title: "Box office in Korea by film nationality",
  description:
    "Admissions, takings and market shares of Korean, Japanese, American and all foreign films in Korean cinemas by year, from KOBIS, together with single figures reported by KOFIC and the press (including Korean films in Japan).",
  notes: [
    "2004–2019: KOBIS's yearly Korean vs foreign totals as published. 2018–2022: totals and shares computed here from KOBIS's full yearly lists by each film's representative nationality; KOFIC's own year-end report may differ slightly.",
    "Other years come only from cited single figures (e.g. Japan's 14.1% share of admissions in 2023); there is no continuous Japanese-share series before 2018.",
    "A single film's admissions or takings are a running total up to the date in periodEnd (often including re-releases), not one year's figure; such rows are listed, not drawn.",
  ],
  files: ["kobisAnnual", "kobisYearly"],
  online: { adapter: "kobis", replaces: ["kobisYearly"] },
  periodColumn: "year",
  build: (inputs: Inputs) => {
    const annual = input(inputs, "kobisAnnual");
    const yearly = inputs.online?.kobis ?? fromYearlyLists(inputs);
    const cited = selectFacts(inputs.curated, { indicators: CITED_INDICATORS });
    const rows = [...annualRows(annual.text, annual.file), ...yearly.rows, ...cited].sort(compareObservations);
    return { rows, sources: [SOURCES.kobis2020, ...yearly.sources, ...citedSources(cited, inputs.curated)], notes: yearly.notes };
  },
};
