import { z } from "zod";
import type { Source } from "../../src/data/manifest";
import { directionOf, type Observation } from "../lib/observations";
import { sourceFields, yearsOf, type OnlineContext, type OnlineRows } from "./context";
import { getJson, type Request } from "./http";
import { assertDistinct, shaped } from "./shape";

/** Creative goods by HS heading: recorded media, books, newspapers and periodicals, games and consoles. */
const HS_CODES = ["8523", "4901", "4902", "9504"] as const;
const COUNTRIES: Record<number, "KOR" | "JPN"> = { 410: "KOR", 392: "JPN" };
const FIRST_YEAR = 1998;
/** Comtrade takes at most 12 periods per request. */
const YEARS_PER_REQUEST = 12;

const recordSchema = z.object({
  refYear: z.number().int(), reporterCode: z.number().int(), partnerCode: z.number().int(), flowCode: z.string(),
  cmdCode: z.string(), primaryValue: z.number().nonnegative(),
  partner2Code: z.number().int().optional(), motCode: z.number().int().optional(), customsCode: z.string().optional(),
  isReported: z.boolean().optional(),
});
const answerSchema = z.object({ count: z.number().int().optional(), data: z.array(recordSchema).nullable().optional(), error: z.string().nullable().optional() });
type ComtradeRecord = z.infer<typeof recordSchema>;

const comtradeSource = (retrieved: string, keyed: boolean): Source => ({
  id: "un-comtrade",
  publisher: "United Nations Statistics Division, UN Comtrade",
  title: `UN Comtrade: Korea–Japan trade by HS heading (${HS_CODES.join(", ")}), as reported by each country${keyed ? "" : " (public preview)"}`,
  url: "https://comtradeplus.un.org/",
  terms: "UN Comtrade data; see the UN Comtrade terms of use. Cite UN Comtrade as the source.",
  attribution: "Source: UN Comtrade database",
  retrieved, via: "", repairs: "",
});

/** Korea–Japan trade in creative goods from both reporters, each side kept as its own statistic. */
export async function fetchComtrade(ctx: OnlineContext): Promise<OnlineRows> {
  const key = ctx.env.COMTRADE_API_KEY?.trim();
  const years = yearsOf(ctx, FIRST_YEAR);
  const source = comtradeSource(ctx.today, Boolean(key));
  const rows: Observation[] = [];
  for (let from = years.from; from <= years.to; from += YEARS_PER_REQUEST) {
    const periods = Array.from({ length: Math.min(YEARS_PER_REQUEST, years.to - from + 1) }, (_, i) => String(from + i));
    rows.push(...(await fetchPeriods(ctx, key, periods, source)));
  }
  if (rows.length === 0) throw new Error(`UN Comtrade: no records for Korea–Japan trade in HS ${HS_CODES.join(", ")}, ${years.from}–${years.to}`);
  assertDistinct(rows, "UN Comtrade");
  return {
    rows, sources: [source],
    notes: ["Each country's report is its own measure: Korea's exports to Japan and Japan's imports from Korea are the same flow seen from two sides (exports valued FOB, imports CIF), and they differ."],
  };
}

async function fetchPeriods(ctx: OnlineContext, key: string | undefined, periods: string[], source: Source): Promise<Observation[]> {
  const params = new URLSearchParams({
    reporterCode: "410,392", partnerCode: "392,410", cmdCode: HS_CODES.join(","), flowCode: "X,M",
    period: periods.join(","), partner2Code: "0", motCode: "0", customsCode: "C00", includeDesc: "true",
  });
  const path = key ? "data/v1/get" : "public/v1/preview";
  const req: Request = {
    publisher: "UN Comtrade", what: `HS ${HS_CODES.join(", ")}, Korea and Japan as reporters, ${periods[0]}–${periods.at(-1)}${key ? "" : " (keyless preview)"}`,
    url: `https://comtradeapi.un.org/${path}/C/A/HS?${params}`, headers: key ? { "Ocp-Apim-Subscription-Key": key } : {},
  };
  ctx.log(`UN Comtrade: ${req.what}`);
  const answer = shaped(answerSchema, await getJson(ctx, req), req);
  if (answer.error) throw new Error(`UN Comtrade: error for ${req.what}: ${answer.error}`);
  return (answer.data ?? []).filter(isBilateralTotal).map((r) => toObservation(r, source));
}

/** Korea–Japan records of the listed headings, over all modes of transport and customs procedures. */
function isBilateralTotal(r: ComtradeRecord): boolean {
  const pair = COUNTRIES[r.reporterCode] && COUNTRIES[r.partnerCode] && r.reporterCode !== r.partnerCode;
  return Boolean(pair) && ["X", "M"].includes(r.flowCode) && (HS_CODES as readonly string[]).includes(r.cmdCode) &&
    (r.partner2Code ?? 0) === 0 && (r.motCode ?? 0) === 0 && (r.customsCode ?? "C00") === "C00";
}

function toObservation(r: ComtradeRecord, source: Source): Observation {
  const reporter = COUNTRIES[r.reporterCode];
  const partner = COUNTRIES[r.partnerCode];
  const indicator = r.flowCode === "X" ? "export_value" : "import_value";
  return {
    year: r.refYear, period: "calendar", periodStart: "", periodEnd: "", quality: "", indicator, reporter, partner, direction: directionOf(indicator, reporter, partner),
    sector: `goods_hs${r.cmdCode}`, measure: `comtrade-reported-by-${reporter}`, status: r.isReported === false ? "estimate" : "final",
    value: r.primaryValue, unit: "USD", basis: "reported",
    note: r.isReported === false ? "Comtrade marks this record as not reported by the country." : "",
    ...sourceFields(source),
    quote: `reporter ${r.reporterCode}, partner ${r.partnerCode}, flow ${r.flowCode}, HS ${r.cmdCode}, ${r.refYear}: primaryValue ${r.primaryValue}`,
  };
}
