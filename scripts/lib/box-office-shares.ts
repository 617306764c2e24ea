import type { Source } from "../../src/data/manifest";
import type { Observation } from "./observations";

/** A film's admissions and takings in one year, with the nationality KOBIS gives it (in Korean). */
export type FilmTally = { year: number; audience: number; sales_krw: number; rep_nation: string | null };

const NATIONS: Record<string, string> = { 한국: "KOR", 일본: "JPN", 미국: "USA" };

type Fields = Partial<Observation> & Pick<Observation, "year" | "indicator" | "partner" | "value" | "unit" | "measure" | "basis" | "note">;

/** A box-office figure for Korea's market, by the films' origin (partner). */
export function filmObservation(source: Source, fields: Fields): Observation {
  const partner = fields.partner;
  return {
    period: "calendar", periodStart: "", periodEnd: "", reporter: "KOR", sector: "film", status: "final", quality: "", quote: "",
    direction: partner === "KOR" || partner === "WLD" ? "within" : `${partner}-KOR`,
    sourceId: source.id, sourcePublisher: source.publisher, sourceTitle: source.title,
    sourceDate: source.retrieved, sourceVia: source.via, sourceUrl: source.url,
    ...fields,
  };
}

const pct = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;
const sum = (films: FilmTally[], key: "audience" | "sales_krw") => films.reduce((total, f) => total + f[key], 0);

/** Totals and shares by nationality (all, Korean, Japanese, American), summed over the films of each year. */
export function nationalityRows(films: FilmTally[], source: Source, measure: string, note: string): Observation[] {
  const years = [...new Set(films.map((f) => f.year))].sort();
  const base = { measure, basis: "computed" as const, note };
  return years.flatMap((year) => {
    const all = films.filter((f) => f.year === year);
    const total = { admissions: sum(all, "audience"), sales: sum(all, "sales_krw") };
    return ["WLD", "KOR", "JPN", "USA"].flatMap((partner) => {
      const group = partner === "WLD" ? all : all.filter((f) => NATIONS[f.rep_nation ?? ""] === partner);
      const admissions = sum(group, "audience");
      const sales = sum(group, "sales_krw");
      const o = (indicator: string, value: number, unit: string) => filmObservation(source, { ...base, year, partner, indicator, value, unit });
      return [
        o("admissions", admissions, "persons"),
        o("box_office_revenue", sales, "KRW"),
        o("films_screened", group.length, "count"),
        ...(partner === "WLD" ? [] : [o("box_office_share_admissions", pct(admissions, total.admissions), "percent"), o("box_office_share_revenue", pct(sales, total.sales), "percent")]),
      ];
    });
  });
}
