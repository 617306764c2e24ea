import type { ObservationRow } from "../../data/schemas";

export type TradeFilter = { dir: "both" | "KOR-JPN" | "JPN-KOR"; sector: string };

const BILATERAL = ["KOR-JPN", "JPN-KOR"];
const matchesSector = (r: ObservationRow, sector: string) => sector === "any" || r.sector === sector;
const matchesDir = (r: ObservationRow, dir: TradeFilter["dir"]) => (dir === "both" ? BILATERAL.includes(r.direction) : r.direction === dir);

/** Exports to Japan and imports from Japan. */
export function selectFlows(rows: ObservationRow[], f: TradeFilter): ObservationRow[] {
  return rows.filter((r) => ["export_value", "import_value"].includes(r.indicator) && matchesDir(r, f.dir) && matchesSector(r, f.sector));
}

/** Korea's exports to Japan over its imports from Japan, reported or computed. */
export function selectRatios(rows: ObservationRow[], f: Pick<TradeFilter, "sector">): ObservationRow[] {
  return rows.filter((r) => r.indicator === "export_import_ratio" && r.partner === "JPN" && matchesSector(r, f.sector));
}

/** Korea's balances with Japan: intellectual-property trade (Bank of Korea). */
export function selectBalances(rows: ObservationRow[], f: Pick<TradeFilter, "sector">): ObservationRow[] {
  return rows.filter((r) => r.indicator.endsWith("trade_balance") && r.partner === "JPN" && matchesSector(r, f.sector));
}

/** Korea's content trade with the whole world, for scale. */
export function selectWorld(rows: ObservationRow[]): ObservationRow[] {
  return rows.filter((r) => r.reporter === "KOR" && r.partner === "WLD" && r.sector === "all");
}

export function tradeSectors(rows: ObservationRow[]): string[] {
  return [...new Set(rows.filter((r) => r.partner === "JPN").map((r) => r.sector))].sort();
}
