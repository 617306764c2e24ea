import type { ObservationRow } from "../data/schemas";
import type { DatasetState } from "./use-dataset";
import { splitByUnit } from "../lib/observation-series";
import { ObservationChart } from "./observation-chart";

type Props = {
  id: string;
  title: string;
  subtitle: string;
  state: DatasetState<"observation">;
  rows: ObservationRow[];
  seriesOf: (row: ObservationRow) => { key: string; label: string; dashed?: boolean; hollow?: boolean; pointsOnly?: boolean };
  onReset: () => void;
};

/** One chart per unit of the rows (currencies are never converted); an empty chart when nothing matches. */
export function UnitCharts(props: Props) {
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
