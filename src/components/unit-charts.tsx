import { useMemo } from "react";
import { useT } from "../i18n/use-t";
import { readingUnit, splitByCurrency } from "../lib/reading-scale";
import { useViewStore } from "../state/view-store";
import { ObservationChart, type ObservationChartProps } from "./observation-chart";
import { useLabels } from "./use-labels";

const NO_GROUPS: { currency: string; rows: ObservationChartProps["rows"] }[] = [{ currency: "", rows: [] }];

/**
 * One chart per currency of the rows (currencies are never converted, scales are: see `toReadingUnit`); an empty chart when nothing matches.
 * The first chart keeps its identity whatever the units, so a reset from the empty state keeps the reader's place.
 */
export function UnitCharts(props: ObservationChartProps) {
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const groups = useMemo(() => splitByCurrency(props.rows.filter((r) => r.year === null || (r.year >= from && r.year <= to))), [props.rows, from, to]);
  const shown = groups.length > 0 ? groups : NO_GROUPS;
  const { t } = useT();
  const label = useLabels();
  // A further chart of the same question says its unit in its title, so no two cards share one.
  const titleOf = (g: (typeof shown)[number], i: number) => (i > 0 ? t("titleInUnit", { title: props.title, unit: label("unit", readingUnit(g.rows)) }) : props.title);
  return (
    <>
      {shown.map((g, i) => (
        <ObservationChart key={i === 0 ? "first" : g.currency} {...props} id={i === 0 ? props.id : `${props.id}-${g.currency.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`} title={titleOf(g, i)} rows={g.rows} />
      ))}
    </>
  );
}
