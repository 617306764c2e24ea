import { z } from "zod";
import { int, isoDate, num, optionalText, orNull, text } from "../src/data/cells";
import { parseCsv } from "../src/data/parse-csv";
import type { Source } from "../src/data/manifest";
import type { DatasetSpec, Inputs } from "./lib/dataset";
import { input } from "./lib/dataset";
import { selectFacts } from "./lib/fact-dataset";
import { citedSources, compareObservations, type Observation } from "./lib/observations";
import { SOURCES } from "./lib/sources";

const annualSchema = z.object({
  year: int,
  kr_released: int, kr_sales: int, kr_audience: int, kr_market_share: num,
  ovs_released: int, ovs_sales: int, ovs_audience: int, ovs_market_share: num,
  total_released: int, total_sales: int, total_audience: int,
});
export const yearlyListSchema = z.object({
  year: int,
  rank: int,
  film_title_ko: text,
  release_date: z.union([z.literal(""), isoDate]),
  sales_krw: int,
  audience: int,
  rep_nation: optionalText,
  distributor: optionalText,
  screens: orNull(int),
});

const NATIONS: Record<string, string> = { 한국: "KOR", 일본: "JPN", 미국: "USA" };
/** Cited figures that join KOBIS's: takings, admissions, shares and films released (running totals per film included). */
const CITED_INDICATORS = ["box_office_revenue", "box_office_share_admissions", "box_office_share_revenue", "box_office_share", "admissions", "films_released"];

function observation(source: Source, fields: Partial<Observation> & Pick<Observation, "year" | "indicator" | "partner" | "value" | "unit" | "measure" | "basis" | "note">): Observation {
  const partner = fields.partner;
  return {
    period: "calendar", periodStart: "", periodEnd: "", reporter: "KOR", sector: "film", status: "final", quality: "", quote: "",
    direction: partner === "KOR" || partner === "WLD" ? "within" : `${partner}-KOR`,
    sourceId: source.id, sourcePublisher: source.publisher, sourceTitle: source.title,
    sourceDate: source.retrieved, sourceVia: source.via, sourceUrl: source.url,
    ...fields,
  };
}

/** KOBIS's yearly Korean vs foreign totals, as published. */
export function annualRows(text: string, file: string): Observation[] {
  const base = { measure: "kobis-annual", basis: "reported" as const, note: "" };
  return parseCsv(text, annualSchema, file).flatMap((r) =>
    (
      [
        ["KOR", r.kr_audience, r.kr_sales, r.kr_market_share, r.kr_released],
        ["FOREIGN", r.ovs_audience, r.ovs_sales, r.ovs_market_share, r.ovs_released],
        ["WLD", r.total_audience, r.total_sales, null, r.total_released],
      ] as const
    ).flatMap(([partner, admissions, sales, share, released]) => [
      observation(SOURCES.kobis2020, { ...base, year: r.year, partner, indicator: "admissions", value: admissions, unit: "persons" }),
      observation(SOURCES.kobis2020, { ...base, year: r.year, partner, indicator: "box_office_revenue", value: sales, unit: "KRW" }),
      observation(SOURCES.kobis2020, { ...base, year: r.year, partner, indicator: "films_released", value: released, unit: "count" }),
      ...(share === null ? [] : [observation(SOURCES.kobis2020, { ...base, year: r.year, partner, indicator: "box_office_share_admissions", value: Math.round(share * 1000) / 10, unit: "percent" })]),
    ]),
  );
}

const pct = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;

/** Totals and shares by representative nationality, summed over every film in KOBIS's yearly lists. */
export function yearlyShareRows(text: string, file: string): Observation[] {
  const films = parseCsv(text, yearlyListSchema, file);
  const years = [...new Set(films.map((f) => f.year))].sort();
  const note = "Computed here: sum over every film in KOBIS's yearly list, by representative nationality.";
  const base = { measure: "kobis-yearly-lists", basis: "computed" as const, note };
  return years.flatMap((year) => {
    const all = films.filter((f) => f.year === year);
    const total = { admissions: sum(all, "audience"), sales: sum(all, "sales_krw") };
    return ["WLD", "KOR", "JPN", "USA"].flatMap((partner) => {
      const group = partner === "WLD" ? all : all.filter((f) => NATIONS[f.rep_nation ?? ""] === partner);
      const admissions = sum(group, "audience");
      const sales = sum(group, "sales_krw");
      const o = (indicator: string, value: number, unit: string) => observation(SOURCES.kobis2025, { ...base, year, partner, indicator, value, unit });
      return [
        o("admissions", admissions, "persons"),
        o("box_office_revenue", sales, "KRW"),
        o("films_screened", group.length, "count"),
        ...(partner === "WLD" ? [] : [o("box_office_share_admissions", pct(admissions, total.admissions), "percent"), o("box_office_share_revenue", pct(sales, total.sales), "percent")]),
      ];
    });
  });
}

function sum<T extends Record<K, number>, K extends string>(rows: T[], key: K): number {
  return rows.reduce((total, row) => total + row[key], 0);
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
  periodColumn: "year",
  build: (inputs: Inputs) => {
    const annual = input(inputs, "kobisAnnual");
    const yearly = input(inputs, "kobisYearly");
    const cited = selectFacts(inputs.curated, { indicators: CITED_INDICATORS });
    const rows = [...annualRows(annual.text, annual.file), ...yearlyShareRows(yearly.text, yearly.file), ...cited].sort(compareObservations);
    return { rows, sources: [SOURCES.kobis2020, SOURCES.kobis2025, ...citedSources(cited, inputs.curated)] };
  },
};
