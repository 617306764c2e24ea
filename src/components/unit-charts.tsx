import { useMemo } from "react";
import { splitByUnit } from "../lib/observation-series";
import { useViewStore } from "../state/view-store";
import { ObservationChart, type ObservationChartProps } from "./observation-chart";

const NO_GROUPS: { unit: string; rows: ObservationChartProps["rows"] }[] = [{ unit: "", rows: [] }];

/**
 * One chart per unit of the rows (currencies are never converted); an empty chart when nothing matches.
 * The first chart keeps its identity whatever the units, so a reset from the empty state keeps the reader's place.
 */
export function UnitCharts(props: ObservationChartProps) {
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const groups = useMemo(() => splitByUnit(props.rows.filter((r) => r.year === null || (r.year >= from && r.year <= to))), [props.rows, from, to]);
  const shown = groups.length > 0 ? groups : NO_GROUPS;
  return (
    <>
      {shown.map((g, i) => (
        <ObservationChart key={i === 0 ? "first" : g.unit} {...props} id={i === 0 ? props.id : `${props.id}-${g.unit.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`} rows={g.rows} />
      ))}
    </>
  );
}
