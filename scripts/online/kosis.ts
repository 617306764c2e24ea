import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { z } from "zod";
import { parseJsonFile } from "../lib/json-file";
import { KOSIS_MUSIC, kosisSource, kosisTableSchema, tableRef, type KosisTable } from "../lib/kosis-tables";
import { withinRounding, type RegionalTable, type RegionalYear } from "../lib/regional-table";
import { keyOf, yearsOf, type OnlineContext } from "./context";
import { getJson, type Request } from "./http";
import { numberOf, shaped } from "./shape";

/** Further KOSIS regional tables a user can list; the music table is always read. */
const KOSIS_TABLES_FILE = resolve(import.meta.dirname, "kosis-tables.json");

const cellSchema = z.object({
  ORG_ID: z.string(), TBL_ID: z.string(), TBL_NM: z.string().optional(), PRD_SE: z.literal("Y"),
  PRD_DE: z.string().regex(/^\d{4}$/), ITM_ID: z.string(), C1: z.string(), UNIT_NM: z.string(), DT: z.string(),
});
const errorSchema = z.object({ err: z.string(), errMsg: z.string() });
type Cell = z.infer<typeof cellSchema>;

const UNITS: Record<string, string> = { 천달러: "USD_thousand", 백만달러: "USD_million", 달러: "USD" };
/** Symbols KOSIS prints in place of a value: none, not known, confidential. */
const NO_VALUE = new Set(["", "-", "…", "...", "x", "X"]);
const HINTS: Record<string, string> = {
  "10": "check KOSIS_API_KEY", "11": "the key has expired: renew it at https://kosis.kr/openapi/",
  "30": "the table has no data for these years", "40": "the daily call limit is reached: try again tomorrow",
};

export async function loadKosisTables(file = KOSIS_TABLES_FILE): Promise<KosisTable[]> {
  const config = parseJsonFile(await readFile(file, "utf8"), z.strictObject({ tables: z.array(kosisTableSchema) }), file);
  return [KOSIS_MUSIC, ...config.data.tables.filter((t) => t.id !== KOSIS_MUSIC.id)];
}

/** Every listed table from KOSIS's OpenAPI (statisticsParameterData.do), as regional tables. */
export async function fetchKosis(ctx: OnlineContext, tables?: KosisTable[]): Promise<RegionalTable[]> {
  const key = keyOf(ctx, "KOSIS_API_KEY");
  const out: RegionalTable[] = [];
  for (const table of tables ?? (await loadKosisTables())) out.push(await fetchTable(ctx, key, table));
  return out;
}

async function fetchTable(ctx: OnlineContext, key: string, t: KosisTable): Promise<RegionalTable> {
  const years = yearsOf(ctx, t.startYear);
  const from = Math.max(years.from, t.startYear);
  const params = new URLSearchParams({
    method: "getList", apiKey: key, orgId: t.orgId, tblId: t.tblId, itmId: t.itmId, objL1: "ALL", objL2: "",
    format: "json", jsonVD: "Y", prdSe: "Y", startPrdDe: String(from), endPrdDe: String(years.to),
  });
  const req: Request = { publisher: "KOSIS", what: `table ${tableRef(t)}, ${from}–${years.to}`, url: `https://kosis.kr/openapi/Param/statisticsParameterData.do?${params}` };
  ctx.log(`KOSIS: ${req.what}`);
  const answer = await getJson(ctx, req);
  if (!Array.isArray(answer)) {
    const error = shaped(errorSchema, answer, req);
    const hint = HINTS[error.err];
    throw new Error(`KOSIS error ${error.err} for ${req.what}: ${error.errMsg}${hint ? ` (${hint})` : ""}`);
  }
  if (answer.length === 0) throw new Error(`KOSIS: no data for ${req.what}`);
  if (answer.some((c) => typeof c === "object" && c !== null && "C2" in c)) {
    throw new Error(`KOSIS: ${req.what} has a second classification (C2); only tables classified by region alone are read`);
  }
  const cells = shaped(z.array(cellSchema), answer, req);
  return { table: t, unit: unitOf(cells, req), years: yearsFrom(cells, t, req), source: kosisSource(t, { retrieved: ctx.today, via: "", repairs: "" }) };
}

function unitOf(cells: Cell[], req: Request): string {
  const units = [...new Set(cells.map((c) => c.UNIT_NM))];
  const unit = UNITS[units[0]];
  if (units.length !== 1 || !unit) throw new Error(`KOSIS: ${req.what} is in ${units.join(", ")}; only ${Object.keys(UNITS).join(", ")} are read`);
  return unit;
}

function yearsFrom(cells: Cell[], t: KosisTable, req: Request): RegionalYear[] {
  const items = [...new Set(cells.map((c) => c.ITM_ID))];
  if (items.length > 1) throw new Error(`KOSIS: ${req.what} has several items (${items.join(", ")}); name one as itmId in the table's entry`);
  const byYear = new Map<number, Map<string, number | null>>();
  for (const c of cells) {
    if (c.ORG_ID !== t.orgId || c.TBL_ID !== t.tblId) throw new Error(`KOSIS: ${req.what} answered with cells of ${c.ORG_ID}/${c.TBL_ID}`);
    const code = c.C1.split(".").at(-1)!;
    const year = byYear.get(Number(c.PRD_DE)) ?? new Map<string, number | null>();
    if (year.has(code)) throw new Error(`KOSIS: ${req.what} has two cells for region ${code} in ${c.PRD_DE}`);
    year.set(code, valueOf(c, req));
    byYear.set(Number(c.PRD_DE), year);
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, codes]) => {
    const { total, japan, unclassified } = t.regions;
    const others = [...codes.entries()].filter(([code]) => ![total, japan, unclassified].includes(code)).map(([, v]) => v);
    const row = { year, total: codes.get(total) ?? null, japan: codes.get(japan) ?? null, unclassified: unclassified ? (codes.get(unclassified) ?? null) : null, others };
    if (!withinRounding(row)) throw new Error(`KOSIS: in ${req.what}, the regions of ${year} differ from the total ${row.total} by more than rounding`);
    return row;
  });
}

function valueOf(c: Cell, req: Request): number | null {
  if (NO_VALUE.has(c.DT.trim())) return null;
  const value = numberOf(c.DT);
  if (value === null || value < 0) throw new Error(`KOSIS: ${req.what}, ${c.PRD_DE} region ${c.C1}: "${c.DT}" is not a non-negative number`);
  return value;
}
