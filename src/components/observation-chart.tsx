import { useMemo } from "react";
import { TimeChart, type ChartLine } from "../charts/time-chart";
import type { ObservationRow } from "../data/schemas";
import { joinList, labelled, withNote } from "../i18n/glue";
import { useT } from "../i18n/use-t";
import type { DatasetState } from "./use-dataset";
import { observationTable } from "../lib/export-tables";
import { formatDate, formatNumber, formatValue } from "../lib/format";
import { groupSeries, isYearly, periodLabel, publishersOf, rowSources, type Label } from "../lib/observation-series";
import type { SeriesIdentity } from "../lib/series-identity";
import { layoutYears, type Figure } from "../lib/year-series";
import { useViewStore } from "../state/view-store";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { useEventMarks } from "./use-events";
import { useLabels } from "./use-labels";

/** What a series is: its colour follows `identity`, its marks follow the other fields (see `ChartLine`). */
export type SeriesId = { key: string; label: string; identity: SeriesIdentity; dashed?: boolean; hollow?: boolean; pointsOnly?: boolean };

export type ObservationChartProps = {
  id: string;
  title: string;
  subtitle: string;
  state: DatasetState<"observation">;
  rows: ObservationRow[];
  seriesOf: (row: ObservationRow) => SeriesId;
  onReset: () => void;
};

/** "final, reported" or "preliminary, computed, first half", in the page's language. */
const statusText = (r: ObservationRow, label: Label) =>
  joinList([label("status", r.status), label("basis", r.basis), r.period !== "calendar" ? periodLabel(r) : ""]);

/** Yearly figures from cited sources: one series per measure, every point traceable to its source. */
export function ObservationChart({ id, title, subtitle, state, rows, seriesOf, onReset }: ObservationChartProps) {
  const { t, lang } = useT();
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const label = useLabels();
  const domain = useMemo<[number, number]>(() => [from - 0.5, to + 0.5], [from, to]);
  const events = useEventMarks("year");
  const inRange = rows
    .filter((r) => r.year === null || (r.year >= from && r.year <= to))
    .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || seriesOf(a).label.localeCompare(seriesOf(b).label));
  const charted = inRange.filter(isYearly);
  const styles = new Map<string, SeriesId>();
  for (const r of charted) if (!styles.has(seriesOf(r).key)) styles.set(seriesOf(r).key, seriesOf(r));
  const series = groupSeries(charted, (r) => seriesOf(r).key, (r) => seriesOf(r).label);
  const layout = layoutYears(series, from, to);
  const lines: ChartLine[] = series.map((s) => ({ ...styles.get(s.key)!, key: s.key, label: s.label }));
  const unit = charted[0]?.unit ?? inRange[0]?.unit ?? "";
  const undated = inRange.filter((r) => !isYearly(r));
  const value = (v: number, u: string) => formatValue(v, u, lang, label("unit", u));
  const figureText = (f: Figure) =>
    withNote(value(f.value, f.unit), joinList([f.basis === "computed" ? t("computed") : "", f.status !== "final" ? label("status", f.status) : ""]));
  const sourceText = (f: Figure) => f.sources.map((src) => `${src.publisher}${src.date ? `, ${formatDate(src.date, lang, "short")}` : ""}`).join("; ");

  const tooltip = (x: number) => {
    const year = Math.round(x);
    const at = layout.info[year] ?? {};
    return (
      <>
        <strong>{year}</strong>
        {series.filter((s) => at[s.key]).map((s) => (
          <div key={s.key}>
            {labelled(s.label, "")}
            {at[s.key].map((f, i) => (
              <span key={i} className="tip-figure">{figureText(f)} — <span translate="no">{sourceText(f)}</span></span>
            ))}
          </div>
        ))}
      </>
    );
  };

  return (
    <ChartCard id={id} title={title} subtitle={`${subtitle} · ${label("unit", unit)}`} sources={publishersOf(inRange)}
      status={{ loading: state.isLoading ? [{ file: state.entry?.file }] : [], errors: state.error ? [{ name: state.id, error: state.error, retry: state.refetch }] : [] }}
      empty={inRange.length === 0} onReset={onReset}
      share={{ entry: state.entry, table: () => observationTable(inRange, (u) => label("unit", u), (r) => seriesOf(r).label), sources: () => rowSources(inRange) }}
      chart={() => (
        <>
          {charted.length > 0 && (
            <TimeChart rows={layout.rows} lines={lines} extraKeys={layout.extraKeys} xKind="year" domain={domain} events={events}
              formatY={(v) => formatNumber(v, lang)} reversedY={unit === "rank"} tooltip={tooltip} label={title} />
          )}
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
        <DataTable caption={title} rows={inRange} rowKey={(_, i) => String(i)} columns={[
          { key: "year", label: t("colYear"), short: true, cell: (r) => r.year ?? t("notStated") },
          { key: "series", label: t("colSeries"), cell: (r) => seriesOf(r).label },
          { key: "value", label: t("colValue"), numeric: true, cell: (r) => value(r.value, r.unit) },
          { key: "status", label: t("colStatus"), cell: (r) => statusText(r, label) },
          { key: "source", label: t("colSource"), cell: (r) => <a href={r.sourceUrl} target="_blank" rel="noreferrer" translate="no">{r.sourcePublisher}</a> },
          { key: "date", label: t("colSourceDate"), short: true, cell: (r) => (r.sourceDate ? formatDate(r.sourceDate, lang, "short") : "") },
        ]} />
      )} />
  );
}
