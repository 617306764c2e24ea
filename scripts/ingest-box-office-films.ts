import { z } from "zod";
import { isoDate, optionalText, text } from "../src/data/cells";
import type { FilmRow } from "../src/data/schemas";
import { input, type DatasetSpec } from "./lib/dataset";
import { parseYearlyList } from "./lib/kobis-yearly";
import { parseSource } from "./lib/parse-source";
import { count, rank } from "./lib/source-cells";
import { assertUnique } from "./lib/unique";
import { SOURCES } from "./lib/sources";

type Film = Omit<FilmRow, "releaseDate" | "salesKrw"> & { releaseDate: string | null; salesKrw: number | null };

const blankOrCount = z.union([z.enum(["NA", ""]).transform(() => 0), count]);
const top500of2020Schema = z.object({
  rank: rank(500), film_title: text, release_date: isoDate, sales: blankOrCount, audience: count,
  audience_seoul: optionalText, production_main: text,
});
const top500of2025Schema = z.object({
  rank: rank(500), film_title_ko: text, release_date: isoDate, sales_krw: blankOrCount, audience: count,
  audience_seoul_only_flag: optionalText, rep_nation: text,
});

const TOP_PER_YEAR = 10;
/** KOBIS gives 0, NA or a blank for old films whose takings it does not hold. */
const salesOrNull = (sales: number) => (sales === 0 ? null : sales);

export function japaneseFilms(files: { top2020: [string, string]; top2025: [string, string]; yearly: [string, string] }): Film[] {
  const top2020 = parseSource(files.top2020[0], top500of2020Schema, files.top2020[1]);
  assertUnique(top2020, (r) => String(r.rank), files.top2020[1], "rank");
  const top2025 = parseSource(files.top2025[0], top500of2025Schema, files.top2025[1]);
  assertUnique(top2025, (r) => String(r.rank), files.top2025[1], "rank");
  const yearly = parseYearlyList(files.yearly[0], files.yearly[1]);

  const allTime2020: Film[] = top2020.filter((r) => r.production_main === "Japan").map((r) => ({
    list: "all-time top 500", asOf: "2020-03-20", rank: r.rank, title: r.film_title, releaseDate: r.release_date,
    nation: "Japan", admissions: r.audience, salesKrw: salesOrNull(r.sales), seoulOnly: r.audience_seoul === "S" ? "yes" : "no",
  }));
  const allTime2025: Film[] = top2025.filter((r) => r.rep_nation === "일본").map((r) => ({
    list: "all-time top 500", asOf: "2025-06-05", rank: r.rank, title: r.film_title_ko, releaseDate: r.release_date,
    nation: "Japan", admissions: r.audience, salesKrw: salesOrNull(r.sales_krw), seoulOnly: r.audience_seoul_only_flag === "S" ? "yes" : "no",
  }));
  const years = [...new Set(yearly.map((r) => r.year))].sort();
  const perYear: Film[] = years.flatMap((year) =>
    yearly
      .filter((r) => r.year === year && r.rep_nation === "일본")
      .sort((a, b) => b.audience - a.audience || a.rank - b.rank)
      .slice(0, TOP_PER_YEAR)
      .map((r) => ({
        list: `year ${year}`, asOf: "2023-08-10", rank: r.rank, title: r.film_title_ko, releaseDate: r.release_date || null,
        nation: "Japan", admissions: r.audience, salesKrw: salesOrNull(r.sales_krw), seoulOnly: "no" as const,
      })),
  );
  return [...allTime2020, ...allTime2025, ...perYear];
}

export const boxOfficeFilms: DatasetSpec = {
  id: "box-office-films",
  kind: "film",
  title: "The biggest Japanese films in Korea",
  description:
    "Japanese films in KOBIS's all-time top 500 by admissions (as of March 2020 and as of June 2025), and the ten most-watched Japanese films of each year 2018–2022.",
  notes: [
    "All-time admissions are cumulative and include re-releases, so the same film has a higher total in the later list.",
    "Nationality is KOBIS's representative nationality of the film.",
  ],
  files: ["kobisTop500of2020", "kobisTop500of2025", "kobisYearly"],
  periodColumn: "asOf",
  build: (inputs) => {
    const f = (key: "kobisTop500of2020" | "kobisTop500of2025" | "kobisYearly") => {
      const { text, file } = input(inputs, key);
      return [text, file] as [string, string];
    };
    const rows = japaneseFilms({ top2020: f("kobisTop500of2020"), top2025: f("kobisTop500of2025"), yearly: f("kobisYearly") });
    return { rows, sources: [SOURCES.kobis2020, SOURCES.kobis2025] };
  },
};
