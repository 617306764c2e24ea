import { useMemo } from "react";
import { splitByUnit } from "../lib/observation-series";
import { useViewStore } from "../state/view-store";
import { ObservationChart, type ObservationChartProps } from "./observation-chart";

const NO_ROWS: ObservationChartProps["rows"] = [];

/** One chart per unit of the rows (currencies are never converted); an empty chart when nothing matches. */
export function UnitCharts(props: ObservationChartProps) {
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const groups = useMemo(() => splitByUnit(props.rows.filter((r) => r.year === null || (r.year >= from && r.year <= to))), [props.rows, from, to]);
  if (groups.length <= 1) return <ObservationChart {...props} rows={groups[0]?.rows ?? NO_ROWS} />;
  return (
    <>
      {groups.map((g, i) => (
        <ObservationChart key={g.unit} {...props} id={i === 0 ? props.id : `${props.id}-${g.unit.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`} rows={g.rows} />
      ))}
    </>
  );
}
