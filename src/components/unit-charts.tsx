import { splitByUnit } from "../lib/observation-series";
import { useViewStore } from "../state/view-store";
import { ObservationChart, type ObservationChartProps } from "./observation-chart";

/**
 * One chart per unit of the rows (currencies are never converted); an empty chart when nothing matches.
 * The first chart keeps its identity whatever the units, so a reset from the empty state keeps the reader's place.
 */
export function UnitCharts(props: ObservationChartProps) {
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const groups = splitByUnit(props.rows.filter((r) => r.year === null || (r.year >= from && r.year <= to)));
  const shown = groups.length > 0 ? groups : [{ unit: "", rows: [] }];
  return (
    <>
      {shown.map((g, i) => (
        <ObservationChart key={i === 0 ? "first" : g.unit} {...props} id={i === 0 ? props.id : `${props.id}-${g.unit.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`} rows={g.rows} />
      ))}
    </>
  );
}
