import type { ObservationRow } from "../../data/schemas";
import { inSector, sectorFamilies } from "../../lib/sector-choice";

/** The trade view's default sector: music has the longest consistent series of exports to Japan (KOSIS, from 2005). */
export const TRADE_SECTORS = ["music", "all"];

const bilateral = (r: ObservationRow) => r.partner === "JPN" && (r.direction === "KOR-JPN" || r.direction === "JPN-KOR");

/** Korea's exports to Japan (`export_value`) or imports from Japan (`import_value`) in one sector family. */
export function selectFlows(rows: ObservationRow[], f: { indicator: "export_value" | "import_value"; sector: string }): ObservationRow[] {
  return rows.filter((r) => r.indicator === f.indicator && bilateral(r) && inSector(r, f.sector));
}

/** Korea's exports to Japan over its imports from Japan, reported or computed, every sector. */
export function selectRatios(rows: ObservationRow[]): ObservationRow[] {
  return rows.filter((r) => r.indicator === "export_import_ratio" && r.partner === "JPN");
}

/** Korea's intellectual-property trade balance with Japan (Bank of Korea). */
export function selectBalances(rows: ObservationRow[]): ObservationRow[] {
  return rows.filter((r) => r.indicator === "ip_trade_balance" && r.partner === "JPN");
}

/** Korea's services balance with Japan, by kind of service (Bank of Korea, balance of payments by region). */
export function selectServiceBalances(rows: ObservationRow[]): ObservationRow[] {
  return rows.filter((r) => r.indicator === "services_balance" && r.partner === "JPN");
}

/** Korea's content trade with the whole world, for scale. */
export function selectWorld(rows: ObservationRow[]): ObservationRow[] {
  return rows.filter((r) => r.reporter === "KOR" && r.partner === "WLD" && r.sector === "all");
}

/** The sector families of the flows between Korea and Japan. */
export function tradeSectors(rows: ObservationRow[]): string[] {
  return sectorFamilies(rows.filter((r) => bilateral(r) && r.indicator.endsWith("_value")));
}
