import { memo, useCallback, useMemo } from "react";
import { TimeChart } from "../charts/time-chart";
import type { ObservationRow } from "../data/schemas";
import type { DatasetState } from "./use-dataset";
import { observationTable } from "../lib/export-tables";
import { formatNumber, formatValue } from "../lib/format";
import { selectObservationChart, type SeriesId } from "../lib/observation-layout";
import { periodLabel, rowSources } from "../lib/observation-series";
import { MESSAGES as M } from "../messages";
import { useViewStore } from "../state/view-store";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { useEventMarks } from "./use-events";
import { useLabels } from "./use-labels";

export type { SeriesId };

export type ObservationChartProps = {
  id: string;
  title: string;
  subtitle: string;
  state: DatasetState<"observation">;
  rows: ObservationRow[];
  seriesOf: (row: ObservationRow) => SeriesId;
  onReset: () => void;
};

/** Yearly figures from cited sources: one series per measure, every point traceable to its source. */
export const ObservationChart = memo(function ObservationChart({ id, title, subtitle, state, rows, seriesOf, onReset }: ObservationChartProps) {
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const label = useLabels();
  const domain = useMemo<[number, number]>(() => [from - 0.5, to + 0.5], [from, to]);
  const events = useEventMarks("year");
  const { inRange, charted, undated, series, layout, lines, unit, publishers } = useMemo(() => selectObservationChart(rows, seriesOf, from, to), [rows, seriesOf, from, to]);

  const tooltip = useCallback((x: number) => {
    const year = Math.round(x);
    const at = layout.info[year] ?? {};
    return (
      <>
        <strong>{year}</strong>
        {series.filter((s) => at[s.key]).map((s) => (
          <div key={s.key}>
            {s.label}:{" "}
            {at[s.key].map((f, i) => (
              <span key={i} className="tip-figure">
                {formatValue(f.value, f.unit, label("unit", f.unit))}
                {f.basis === "computed" ? ` (${M.computed})` : ""}
                {f.status !== "final" ? ` (${f.status})` : ""} — {f.sources.map((src) => `${src.publisher}${src.date ? `, ${src.date}` : ""}`).join("; ")}
              </span>
            ))}
          </div>
        ))}
      </>
    );
  }, [layout, series, label]);

  return (
    <ChartCard id={id} title={title} subtitle={`${subtitle} · ${label("unit", unit)}`}
      sourceLine={`${M.sourcesLabel} ${publishers.slice(0, 4).join("; ")}${publishers.length > 4 ? ` ${M.andMore(publishers.length - 4)}` : ""}`}
      status={{ loading: state.isLoading ? [{ file: state.entry?.file }] : [], errors: state.error ? [{ name: state.id, error: state.error, retry: state.refetch }] : [] }}
      empty={inRange.length === 0} onReset={onReset}
      share={{ entry: state.entry, table: () => observationTable(inRange, (u) => label("unit", u), (r) => seriesOf(r).label), sources: () => rowSources(inRange) }}
      chart={() => (
        <>
          {charted.length > 0 && (
            <TimeChart rows={layout.rows} lines={lines} extraKeys={layout.extraKeys} xKind="year" domain={domain} events={events}
              formatY={formatNumber} reversedY={unit === "rank"} tooltip={tooltip} label={title} />
          )}
          {undated.length > 0 && (
            <div className="undated">
              <h3>{M.undated}</h3>
              <ul>
                {undated.map((r, i) => (
                  <li key={i}>{seriesOf(r).label}, {periodLabel(r)}: {formatValue(r.value, r.unit, label("unit", r.unit))} — <a href={r.sourceUrl} target="_blank" rel="noreferrer">{r.sourcePublisher}</a></li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      table={() => (
        <DataTable caption={title} rows={inRange} rowKey={(_, i) => String(i)} columns={[
          { key: "year", label: M.colYear, cell: (r) => r.year ?? M.notStated },
          { key: "series", label: M.colSeries, cell: (r) => seriesOf(r).label },
          { key: "value", label: M.colValue, numeric: true, cell: (r) => formatValue(r.value, r.unit, label("unit", r.unit)) },
          { key: "status", label: M.colStatus, cell: (r) => `${r.status}, ${r.basis}${r.period !== "calendar" ? `, ${periodLabel(r)}` : ""}` },
          { key: "source", label: M.colSource, cell: (r) => <a href={r.sourceUrl} target="_blank" rel="noreferrer">{r.sourcePublisher}</a> },
          { key: "date", label: M.colSourceDate, cell: (r) => r.sourceDate },
        ]} />
      )} />
  );
});
