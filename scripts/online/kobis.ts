import { z } from "zod";
import type { Source } from "../../src/data/manifest";
import { nationalityRows, type FilmTally } from "../lib/box-office-shares";
import { keyOf, type OnlineContext, type OnlineRows } from "./context";
import { getJson, type Request } from "./http";
import { numberOf, shaped } from "./shape";

const BASE = "https://www.kobis.or.kr/kobisopenapi/webservice/rest";
const KOBIS_MEASURE = "kobis-api-daily-top10";

const count = z.string().refine((s) => numberOf(s) !== null && numberOf(s)! >= 0, "not a count");
const faultSchema = z.object({ faultInfo: z.object({ message: z.string(), errorCode: z.string() }) });
const dailySchema = z.object({
  boxOfficeResult: z.object({
    showRange: z.string(),
    dailyBoxOfficeList: z.array(z.object({ rank: count, movieCd: z.string().min(1), movieNm: z.string(), salesAmt: count, audiCnt: count })),
  }),
});
const infoSchema = z.object({
  movieInfoResult: z.object({ movieInfo: z.object({ movieCd: z.string(), nations: z.array(z.object({ nationNm: z.string() })) }) }),
});

const kobisApiSource = (retrieved: string): Source => ({
  id: "kobis-api",
  publisher: "Korean Film Council (KOFIC), KOBIS open API",
  title: "Daily box office (searchDailyBoxOfficeList) and film details (searchMovieInfo)",
  url: "https://www.kobis.or.kr/kobisopenapi/",
  terms: "Public-sector statistics that KOFIC offers through its open API; KOFIC asks users to cite KOBIS.",
  attribution: "Source: KOFIC, Korea Box-office Information System (KOBIS)",
  retrieved, via: "", repairs: "",
});

const NOTE =
  "Computed here from KOBIS's daily box office (open API), which lists the top 10 films of each day: a film counts only on the days it was in the top 10, so totals are lower bounds and shares are shares of top-10 admissions. Nationality is the first country KOBIS lists for the film.";

/** Box office by film nationality, summed over every day's top 10 of each full year asked for (default: last year). */
export async function fetchKobis(ctx: OnlineContext): Promise<OnlineRows> {
  const key = keyOf(ctx, "KOBIS_API_KEY");
  const thisYear = Number(ctx.today.slice(0, 4));
  const years = ctx.years ?? { from: thisYear - 1, to: thisYear - 1 };
  if (years.to >= thisYear) throw new Error(`KOBIS: only full years before ${thisYear} are read (asked for ${years.from}–${years.to})`);
  const tallies = new Map<string, FilmTally & { movieCd: string }>();
  for (let year = years.from; year <= years.to; year++) {
    ctx.log(`KOBIS: daily box office of ${year}`);
    for (const day of daysOf(year)) {
      for (const film of await daily(ctx, key, day)) {
        const id = `${year} ${film.movieCd}`;
        const tally = tallies.get(id) ?? { year, movieCd: film.movieCd, audience: 0, sales_krw: 0, rep_nation: null };
        tally.audience += Number(film.audiCnt);
        tally.sales_krw += Number(film.salesAmt);
        tallies.set(id, tally);
      }
    }
  }
  const nations = new Map<string, string | null>();
  for (const movieCd of new Set([...tallies.values()].map((t) => t.movieCd))) nations.set(movieCd, await nationOf(ctx, key, movieCd));
  const films = [...tallies.values()].map((t) => ({ ...t, rep_nation: nations.get(t.movieCd) ?? null }));
  const source = kobisApiSource(ctx.today);
  return { rows: nationalityRows(films, source, KOBIS_MEASURE, NOTE), sources: [source], notes: [NOTE] };
}

async function daily(ctx: OnlineContext, key: string, day: string) {
  const req: Request = { publisher: "KOBIS", what: `daily box office of ${day}`, url: `${BASE}/boxoffice/searchDailyBoxOfficeList.json?key=${encodeURIComponent(key)}&targetDt=${day}` };
  const list = shaped(dailySchema, unfaulted(await getJson(ctx, req), req), req).boxOfficeResult.dailyBoxOfficeList;
  if (list.length === 0) throw new Error(`KOBIS: no box office for ${day}; nothing was written`);
  return list;
}

async function nationOf(ctx: OnlineContext, key: string, movieCd: string): Promise<string | null> {
  const req: Request = { publisher: "KOBIS", what: `film ${movieCd}`, url: `${BASE}/movie/searchMovieInfo.json?key=${encodeURIComponent(key)}&movieCd=${movieCd}` };
  return shaped(infoSchema, unfaulted(await getJson(ctx, req), req), req).movieInfoResult.movieInfo.nations[0]?.nationNm ?? null;
}

/** KOBIS answers errors with HTTP 200 and a faultInfo object. */
function unfaulted(answer: unknown, req: Request): unknown {
  const fault = faultSchema.safeParse(answer);
  if (fault.success) throw new Error(`KOBIS error ${fault.data.faultInfo.errorCode} for ${req.what}: ${fault.data.faultInfo.message}`);
  return answer;
}

/** Every day of a year as YYYYMMDD. */
export function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10).replaceAll("-", ""));
  }
  return days;
}
