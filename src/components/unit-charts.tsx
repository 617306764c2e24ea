import { splitByUnit } from "../lib/observation-series";
import { ObservationChart, type ObservationChartProps } from "./observation-chart";

/** One chart per unit of the rows (currencies are never converted); an empty chart when nothing matches. */
export function UnitCharts(props: ObservationChartProps) {
  const groups = splitByUnit(props.rows);
  if (groups.length <= 1) return <ObservationChart {...props} />;
  return (
    <>
      {groups.map((g, i) => (
        <ObservationChart key={g.unit} {...props} id={`${props.id}-${i}`} rows={g.rows} />
      ))}
    </>
  );
}
