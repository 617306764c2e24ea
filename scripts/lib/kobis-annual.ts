import { z } from "zod";
import { DataError } from "../../src/data/data-error";
import { parseSource } from "./parse-source";
import { count, fraction, year } from "./source-cells";
import { assertUnique } from "./unique";

const annualSchema = z.object({
  year,
  kr_released: count, kr_sales: count, kr_audience: count, kr_market_share: fraction,
  ovs_released: count, ovs_sales: count, ovs_audience: count, ovs_market_share: fraction,
  total_released: count, total_sales: count, total_audience: count,
});
type AnnualRow = z.infer<typeof annualSchema>;

/** KOBIS's yearly Korean vs foreign totals: one row per year, Korean plus foreign films making the total. */
export function parseAnnual(text: string, file: string): AnnualRow[] {
  const rows = parseSource(text, annualSchema, file);
  assertUnique(rows, (r) => String(r.year), file, "year");
  rows.forEach((r, index) => {
    for (const measure of ["released", "sales", "audience"] as const) {
      const [kr, ovs, total] = [r[`kr_${measure}`], r[`ovs_${measure}`], r[`total_${measure}`]];
      if (kr + ovs !== total) {
        throw new DataError(file, index + 2, `column "total_${measure}": ${total} is not kr_${measure} + ovs_${measure} (${kr} + ${ovs})`);
      }
    }
  });
  return rows;
}
