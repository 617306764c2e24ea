import { lazy, memo, Suspense, useCallback, useMemo, useState } from "react";
import { TimeChart } from "../charts/time-chart";
import type { ObservationRow } from "../data/schemas";
import { joinList, labelled, withMessages, withNote } from "../i18n/i18n";
import { useT } from "../i18n/use-t";
import { useLabels, type DatasetState } from "./use-dataset";
import { formatDate, formatNumber, formatValue } from "../lib/format";
import { selectObservationChart, type SeriesId } from "../lib/observation-layout";
import { isCited, periodLabel, rowSources, type Label } from "../lib/observation-series";
import { inUnit, toReadingUnit } from "../lib/reading-scale";
import type { Figure } from "../lib/year-series";
import { useViewStore } from "../state/view-store";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { useEventMarks } from "./use-events";
import { useChosenEvent, useWindows } from "./compare/use-comparison";
import { yearBands } from "../lib/compare-bands";
import { PressLayer } from "./press-layer";

const YearCompare = lazy(() => withMessages(["compare"], import("./compare/year-compare")));

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

const rowKey = (_: ObservationRow, i: number) => String(i);

/** "final, reported" or "preliminary, computed, first half of 2023", in the page's language. */
const statusText = (r: ObservationRow, label: Label) =>
  joinList([label("status", r.status), label("basis", r.basis), r.period !== "calendar" ? periodLabel(r) : ""]);

/** Yearly figures from cited sources: one series per measure, every point traceable to its source. */
export const ObservationChart = memo(function ObservationChart({ id, title, subtitle, state, rows, seriesOf, onReset }: ObservationChartProps) {
  const { t, lang } = useT();
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const label = useLabels();
  const domain = useMemo<[number, number]>(() => [from - 0.5, to + 0.5], [from, to]);
  const events = useEventMarks("year");
  const [pressShown, setPressShown] = useState(true);
  // The table and downloads keep every row as its source reports it; the chart reads each currency in one scale.
  const { inRange, undated, publishers } = useMemo(() => selectObservationChart(rows, seriesOf, from, to), [rows, seriesOf, from, to]);
  const scaled = useMemo(() => toReadingUnit(rows), [rows]);
  const { charted, series, layout, lines, unit } = useMemo(() => selectObservationChart(scaled, seriesOf, from, to), [scaled, seriesOf, from, to]);
  const pressCount = useMemo(() => charted.filter(isCited).length, [charted]);
  const drawnLines = useMemo(() => (pressShown ? lines : lines.filter((l) => !l.pointsOnly)), [lines, pressShown]);
  const setView = useViewStore((s) => s.set);
  const chooseEvent = useCallback((event: string) => setView({ event }), [setView]);
  const chosen = useChosenEvent();
  const { sizes } = useWindows();
  const windows = useMemo(() => (chosen ? yearBands(chosen, sizes) : undefined), [chosen, sizes]);
  const value = useCallback((v: number, u: string) => formatValue(v, u, lang, label("unit", u)), [lang, label]);
  const formatY = useCallback((v: number) => formatNumber(v, lang), [lang]);

  const tooltip = useCallback((x: number) => {
    const year = Math.round(x);
    const at = layout.info[year] ?? {};
    const figureText = (f: Figure) =>
      withNote(value(f.value, f.unit), joinList([f.basis === "computed" ? t("computed") : "", f.status !== "final" ? label("status", f.status) : ""]));
    const sourceText = (f: Figure) => f.sources.map((src) => `${src.publisher}${src.date ? `, ${formatDate(src.date, lang, "short")}` : ""}`).join("; ");
    return (
      <>
        <strong>{year}</strong>
        {series.filter((s) => at[s.key] && drawnLines.some((l) => l.key === s.key)).map((s) => (
          <div key={s.key}>
            {labelled(s.label, "")}
            {at[s.key].map((f, i) => (
              <span key={i} className="tip-figure">{figureText(f)} — <span translate="no">{sourceText(f)}</span></span>
            ))}
          </div>
        ))}
      </>
    );
  }, [layout, series, drawnLines, label, value, lang, t]);

  return (
    <ChartCard id={id} title={title} subtitle={`${subtitle} · ${label("unit", unit)}`} sources={publishers}
      status={{ loading: state.isLoading ? [{ file: state.file }] : [], errors: state.error ? [{ name: state.id, error: state.error, retry: state.refetch }] : [] }}
      empty={inRange.length === 0} onReset={onReset}
      footer={chosen && inRange.length > 0 && (
        <Suspense>
          <YearCompare id={id} dataset={state.id} title={title} rows={inRange} seriesLabel={(r) => seriesOf(r).label} event={chosen} sizes={sizes} />
        </Suspense>
      )}
      share={{ entry: state.entry, table: async () => (await import("../lib/export-tables")).observationTable(inRange, (u) => label("unit", u), (r) => seriesOf(r).label, { from, to }), sources: () => rowSources(inRange) }}
      chart={() => (
        <>
          {charted.length > 0 && (
            <TimeChart rows={layout.rows} lines={drawnLines} extraKeys={layout.extraKeys} xKind="year" domain={domain} events={events}
              formatY={formatY} reversedY={unit === "rank"} tooltip={tooltip} label={title} windows={windows} onChooseEvent={chooseEvent} />
          )}
          <PressLayer count={pressCount} shown={pressShown} onChange={setPressShown} />
          {undated.length > 0 && (
            <div className="undated">
              <h3>{t("undated")}</h3>
              <ul>
                {undated.map((r, i) => (
                  <li key={i}>
                    {labelled(joinList([seriesOf(r).label, periodLabel(r)]), value(r.value, r.unit))}
                    {" — "}<a href={r.sourceUrl} target="_blank" rel="noreferrer" translate="no">{r.sourcePublisher}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      table={() => (
        <DataTable caption={title} rows={inRange} rowKey={rowKey} columns={[
          { key: "year", label: t("colYear"), short: true, cell: (r) => r.year ?? t("notStated"), sort: (r) => r.year },
          { key: "series", label: t("colSeries"), cell: (r) => seriesOf(r).label },
          { key: "value", label: `${t("colValue")} (${label("unit", unit)})`, numeric: true, cell: (r) => formatNumber(inUnit(r, unit).value, lang), sort: (r) => inUnit(r, unit).value },
          ...(inRange.some((r) => r.unit !== unit) ? [{ key: "reported", label: t("colReported"), numeric: true, cell: (r: ObservationRow) => value(r.value, r.unit) }] : []),
          { key: "status", label: t("colStatus"), cell: (r) => statusText(r, label) },
          { key: "source", label: t("colSource"), cell: (r) => <a href={r.sourceUrl} target="_blank" rel="noreferrer" translate="no">{r.sourcePublisher}</a>, sort: (r) => r.sourcePublisher },
          { key: "date", label: t("colSourceDate"), short: true, cell: (r) => (r.sourceDate ? formatDate(r.sourceDate, lang, "short") : ""), sort: (r) => r.sourceDate },
        ]} />
      )} />
  );
});
