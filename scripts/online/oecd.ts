import { z } from "zod";
import { num, orNull, text } from "../../src/data/cells";
import type { Source } from "../../src/data/manifest";
import { parseCsv } from "../../src/data/parse-csv";
import { directionOf, type Observation } from "../lib/observations";
import { sourceFields, yearsOf, type OnlineContext, type OnlineRows } from "./context";
import { getText, type Request } from "./http";
import { assertDistinct } from "./shape";

/** OECD trade in services by partner (reported, EBOPS 2010): audiovisual services and charges for the use of IP. */
const DATAFLOW = "OECD.SDD.TPS,DSD_BOP@DF_TIS,1.0";
/** REF_AREA.COUNTERPART_AREA.MEASURE.ACCOUNTING_ENTRY.FS_ENTRY.FREQ.UNIT_MEASURE.ADJUSTMENT */
const KEY = "KOR+JPN.JPN+KOR.SK1+SH.C+D..A.USD_EXC.";
const SECTORS: Record<string, string> = { SK1: "audiovisual_services", SH: "ip_charges" };
const MULTIPLIERS: Record<string, string> = { "0": "USD", "3": "USD_thousand", "6": "USD_million", "9": "USD_billion" };
const STATUS: Record<string, Observation["status"]> = { "": "final", A: "final", B: "final", E: "estimate", F: "estimate", P: "preliminary" };
const FIRST_YEAR = 2005;

const rowSchema = z.object({
  REF_AREA: z.enum(["KOR", "JPN"]), COUNTERPART_AREA: z.enum(["KOR", "JPN"]), MEASURE: z.enum(["SK1", "SH"]),
  ACCOUNTING_ENTRY: z.enum(["C", "D"]), FREQ: z.literal("A"), UNIT_MEASURE: z.literal("USD_EXC"),
  TIME_PERIOD: z.string().regex(/^\d{4}$/, "not a year"), OBS_VALUE: orNull(num), UNIT_MULT: text, OBS_STATUS: z.string().optional(),
});
type SdmxRow = z.infer<typeof rowSchema>;

const oecdSource = (retrieved: string): Source => ({
  id: "oecd-tis",
  publisher: "OECD",
  title: "International trade in services by partner economy (DSD_BOP@DF_TIS): Korea and Japan, audiovisual services and charges for the use of IP",
  url: `https://sdmx.oecd.org/public/rest/data/${DATAFLOW}/${KEY}`,
  terms: "OECD data, free to reuse under the OECD terms and conditions (CC BY 4.0); cite the OECD.",
  attribution: "Source: OECD, International Trade in Services Statistics",
  retrieved, via: "", repairs: "",
});

/** Korea–Japan audiovisual services (SK1) and IP charges (SH), both directions, as each country reports them. */
export async function fetchOecd(ctx: OnlineContext): Promise<OnlineRows> {
  const years = yearsOf(ctx, FIRST_YEAR);
  const source = oecdSource(ctx.today);
  const req: Request = {
    publisher: "OECD", what: `${DATAFLOW} ${KEY}, ${years.from}–${years.to}`,
    url: `https://sdmx.oecd.org/public/rest/data/${DATAFLOW}/${KEY}?startPeriod=${years.from}&endPeriod=${years.to}&format=csvfilewithlabels`,
  };
  ctx.log(`OECD: ${req.what}`);
  // SDMX REST answers 404 when nothing matches the query.
  const body = await getText(ctx, req, [404]);
  if (body === null || body.trim().split("\n").length < 2) throw new Error(`OECD: no data for ${req.what}`);
  const rows = parseCsv(body, rowSchema, `OECD answer for ${req.what}`)
    .filter((r) => r.REF_AREA !== r.COUNTERPART_AREA && r.OBS_VALUE !== null)
    .map((r) => toObservation(r, source, req));
  if (rows.length === 0) throw new Error(`OECD: no values for ${req.what}`);
  assertDistinct(rows, "OECD");
  return {
    rows, sources: [source],
    notes: ["Each country's report is its own measure: Korea's exports to Japan and Japan's imports from Korea are the same flow seen from two sides, and they differ."],
  };
}

function toObservation(r: SdmxRow, source: Source, req: Request): Observation {
  const unit = MULTIPLIERS[r.UNIT_MULT];
  const status = STATUS[r.OBS_STATUS ?? ""];
  if (!unit) throw new Error(`OECD: ${req.what} has unit multiplier ${r.UNIT_MULT}, which is not read`);
  if (!status) throw new Error(`OECD: ${req.what} has observation status "${r.OBS_STATUS}", which is not read`);
  const indicator = r.ACCOUNTING_ENTRY === "C" ? "export_value" : "import_value";
  return {
    year: Number(r.TIME_PERIOD), period: "calendar", periodStart: "", periodEnd: "", quality: "", indicator, reporter: r.REF_AREA, partner: r.COUNTERPART_AREA,
    direction: directionOf(indicator, r.REF_AREA, r.COUNTERPART_AREA), sector: SECTORS[r.MEASURE],
    measure: `oecd-tis-reported-by-${r.REF_AREA}`, status, value: r.OBS_VALUE!, unit, basis: "reported", note: "",
    ...sourceFields(source),
    quote: `${r.REF_AREA}.${r.COUNTERPART_AREA}.${r.MEASURE}.${r.ACCOUNTING_ENTRY} ${r.TIME_PERIOD}: ${r.OBS_VALUE}`,
  };
}
