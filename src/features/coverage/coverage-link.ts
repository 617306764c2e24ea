import type { CoverageLine } from "../../lib/coverage";
import { DEFAULT_VIEW, type View } from "../../state/url-codec";

const flowDir = (direction: string): View["dir"] => (direction === "KOR-JPN" || direction === "JPN-KOR" ? direction : "both");
const market = (reporter: string): View["market"] => (reporter === "JPN" || reporter === "KOR" ? reporter : "both");

/** The view that draws a dataset's rows, filtered to one line of the map, showing its table for one year. */
export function cellView(dataset: string, line: CoverageLine, year: number, base: Partial<View>): View {
  const around = { ...DEFAULT_VIEW, ...base, from: year, to: year, table: "1" as const };
  if (dataset === "trade-flows") return { ...around, view: "trade", sector: line.sector, dir: flowDir(line.direction) };
  if (dataset === "export-share") return { ...around, view: "share", sector: line.sector, dir: flowDir(line.direction) };
  if (dataset === "market-size") return { ...around, view: "market", sector: line.sector, market: market(line.reporter) };
  return { ...around, view: "charts", chart: "boxoffice" };
}
