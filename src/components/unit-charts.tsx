import { useMemo } from "react";
import { useT } from "../i18n/use-t";
import { readingUnit, splitByCurrency } from "../lib/reading-scale";
import { useViewStore } from "../state/view-store";
import { ObservationChart, type ObservationChartProps } from "./observation-chart";
import { useLabels } from "./use-dataset";

const NO_GROUPS: { currency: string; rows: ObservationChartProps["rows"]; first: boolean }[] = [{ currency: "", rows: [], first: true }];

/**
 * One chart per currency of the rows (currencies are never converted, scales are: see `toReadingUnit`); an empty chart when nothing matches.
 * Which charts there are, their order and their ids follow all the rows, not the years shown, so a card keeps its
 * identity (and its embeds and links) whatever the range; a further chart with no figure in the years shown is left out.
 */
export function UnitCharts(props: ObservationChartProps) {
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const groups = useMemo(() => splitByCurrency(props.rows), [props.rows]);
  const shown = useMemo(() => {
    const inRange = (r: ObservationChartProps["rows"][number]) => r.year === null || (r.year >= from && r.year <= to);
    const kept = groups.map((g, i) => ({ ...g, first: i === 0 })).filter((g) => g.first || g.rows.some(inRange));
    return kept.length > 0 ? kept : NO_GROUPS;
  }, [groups, from, to]);
  const { t } = useT();
  const label = useLabels();
  // A further chart of the same question says its unit in its title, so no two cards share one.
  const titleOf = (g: (typeof shown)[number]) => (g.first ? props.title : t("titleInUnit", { title: props.title, unit: label("unit", readingUnit(g.rows)) }));
  return (
    <>
      {shown.map((g) => (
        <ObservationChart key={g.first ? "first" : g.currency} {...props} id={g.first ? props.id : `${props.id}-${g.currency.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`} title={titleOf(g)} rows={g.rows} />
      ))}
    </>
  );
}
