import { z } from "zod";
import type { Source } from "../../src/data/manifest";
import { directionOf, type Observation } from "../lib/observations";
import { keyOf, sourceFields, yearsOf, type OnlineContext, type OnlineRows } from "./context";
import { getJson, type Request } from "./http";
import { assertDistinct, numberOf, shaped } from "./shape";

/** Bank of Korea current account by region (annual): services with Japan. Codes as ECOS lists them for 301Y015. */
const STAT_CODE = "301Y015";
const REGION = "JP";
const SERIES = [
  { item: "REG2100", indicator: "export_value", name: "services receipts" },
  { item: "REG2200", indicator: "import_value", name: "services payments" },
] as const;
const FIRST_YEAR = 1998;
const UNITS: Record<string, string> = { 백만달러: "USD_million", 천달러: "USD_thousand" };
const HINTS: Record<string, string> = {
  "INFO-100": "check ECOS_API_KEY", "INFO-200": "no data for these codes and years", "ERROR-602": "too many calls: wait and try again",
};

const rowSchema = z.object({
  STAT_CODE: z.literal(STAT_CODE), ITEM_CODE1: z.string(), ITEM_NAME1: z.string(), ITEM_CODE2: z.string(), ITEM_NAME2: z.string(),
  UNIT_NAME: z.string(), TIME: z.string().regex(/^\d{4}$/), DATA_VALUE: z.string(),
});
const answerSchema = z.union([
  z.object({ StatisticSearch: z.object({ list_total_count: z.number().int(), row: z.array(rowSchema) }) }),
  z.object({ RESULT: z.object({ CODE: z.string(), MESSAGE: z.string() }) }),
]);

const ecosSource = (retrieved: string): Source => ({
  id: "bok-ecos-301y015",
  publisher: "Bank of Korea, Economic Statistics System (ECOS)",
  title: "Current account by region (301Y015): services receipts from and payments to Japan",
  url: "https://ecos.bok.or.kr/",
  terms: "Bank of Korea statistics, open through the ECOS API; cite the Bank of Korea as the source.",
  attribution: "Source: Bank of Korea, ECOS",
  retrieved, via: "", repairs: "",
});

/** Korea's services receipts from and payments to Japan, from ECOS StatisticSearch. */
export async function fetchEcos(ctx: OnlineContext): Promise<OnlineRows> {
  const key = keyOf(ctx, "ECOS_API_KEY");
  const years = yearsOf(ctx, FIRST_YEAR);
  const source = ecosSource(ctx.today);
  const rows: Observation[] = [];
  for (const series of SERIES) {
    const req: Request = {
      publisher: "ECOS", what: `${STAT_CODE} ${series.item}/${REGION} (${series.name}), ${years.from}–${years.to}`,
      url: `https://ecos.bok.or.kr/api/StatisticSearch/${encodeURIComponent(key)}/json/kr/1/1000/${STAT_CODE}/A/${years.from}/${years.to}/${series.item}/${REGION}`,
    };
    ctx.log(`ECOS: ${req.what}`);
    const answer = shaped(answerSchema, await getJson(ctx, req), req);
    if ("RESULT" in answer) {
      const hint = HINTS[answer.RESULT.CODE];
      throw new Error(`ECOS ${answer.RESULT.CODE} for ${req.what}: ${answer.RESULT.MESSAGE}${hint ? ` (${hint})` : ""}`);
    }
    const found = answer.StatisticSearch.row;
    if (found.length === 0) throw new Error(`ECOS: no data for ${req.what}`);
    if (found.length < answer.StatisticSearch.list_total_count) throw new Error(`ECOS: ${req.what} sent ${found.length} of ${answer.StatisticSearch.list_total_count} rows`);
    rows.push(...found.map((r) => toObservation(r, series, source, req)));
  }
  assertDistinct(rows, "ECOS");
  return { rows, sources: [source], notes: ["ECOS does not mark figures as preliminary in this answer; the Bank of Korea revises recent years."] };
}

function toObservation(r: z.infer<typeof rowSchema>, series: (typeof SERIES)[number], source: Source, req: Request): Observation {
  if (r.ITEM_CODE1 !== series.item || r.ITEM_CODE2 !== REGION) throw new Error(`ECOS: ${req.what} answered with ${r.ITEM_CODE1}/${r.ITEM_CODE2}`);
  const value = numberOf(r.DATA_VALUE);
  const unit = UNITS[r.UNIT_NAME];
  if (value === null) throw new Error(`ECOS: ${req.what}, ${r.TIME}: "${r.DATA_VALUE}" is not a number`);
  if (!unit) throw new Error(`ECOS: ${req.what} is in ${r.UNIT_NAME}; only ${Object.keys(UNITS).join(", ")} are read`);
  return {
    year: Number(r.TIME), period: "calendar", periodStart: "", periodEnd: "", quality: "", indicator: series.indicator, reporter: "KOR", partner: "JPN",
    direction: directionOf(series.indicator, "KOR", "JPN"), sector: "services", measure: "bok-current-account-by-region",
    status: "final", value, unit, basis: "reported", note: "", ...sourceFields(source),
    quote: `${r.ITEM_NAME1} · ${r.ITEM_NAME2}, ${r.TIME}: ${r.DATA_VALUE} ${r.UNIT_NAME}`,
  };
}
