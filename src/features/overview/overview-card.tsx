import { memo, useCallback, useMemo } from "react";
import type { EventMark } from "../../charts/event-placement";
import { TimeChart } from "../../charts/time-chart";
import { ChartCard } from "../../components/chart-card";
import { DataTable } from "../../components/data-table";
import type { DatasetState } from "../../components/use-dataset";
import type { OverviewRow } from "../../data/schemas";
import { joinList, labelled } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { decimalYear, formatCompact, formatDate } from "../../lib/format";
import { cardRows, type OverviewCard as Card, type OverviewSeries } from "../../lib/overview";
import { rowSources } from "../../lib/observation-series";
import type { OVERVIEW_CARDS } from "../../lib/overview-cards";
import { cardYears, isCharted, overviewChart } from "./overview-chart";
import { OverviewFooter } from "./overview-footer";
import { overviewTable } from "./overview-table";
import { figurePeriod, overviewValue, unitName } from "./overview-text";

type Props = { id: (typeof OVERVIEW_CARDS)[number]["id"]; card: Card | undefined; state: DatasetState<"overview"> };

const NO_ROWS: OverviewRow[] = [];

/** One small chart of the overview: its figures, the key events in its years, its numbers, its source and its full view. */
export const OverviewCard = memo(function OverviewCard({ id, card, state }: Props) {
  const { t, lang } = useT();
  const title = t(`overview.${id}.title`);
  const seriesLabel = useCallback((s: Pick<OverviewSeries, "series">) => (s.series === "TV" ? t("tv") : s.series === "Films" ? t("films") : title), [t, title]);
  const rows = useMemo(() => (card ? cardRows(card) : NO_ROWS), [card]);
  const chart = useMemo(() => (card ? overviewChart(card, seriesLabel) : null), [card, seriesLabel]);
  const domain = useMemo<[number, number]>(() => {
    const [from, to] = card ? cardYears(card) : [0, 1];
    return [from - 0.5, to + 0.5];
  }, [card]);
  const events = useMemo<EventMark[]>(() => (card?.events ?? []).map((e) => ({
    id: e.id, x: decimalYear(e.date), x2: e.endDate ? decimalYear(e.endDate) : undefined, label: t(`overviewEvents.${e.id as "world-cup-2002"}`),
    date: formatDate(e.date, lang), selected: false, key: true,
  })), [card, t, lang]);
  const publishers = [...new Set(rows.map((r) => r.sourcePublisher))];
  const unit = card?.series[0].unit ?? "";
  // Small charts: ticks in short form (800K, 80만, 80万), the figures themselves in full below and in the table.
  const formatY = useCallback((v: number) => formatCompact(v, lang), [lang]);
  const tooltip = useCallback((x: number) => (
    <>
      <strong>{x}</strong>
      {card?.series.map((s) => s.points.filter((p) => p.year === x && isCharted(p)).map((p) => (
        <div key={s.series}>
          {labelled(seriesLabel(s), joinList(p.values.map((v) => overviewValue(v, s.unit))))}
          {" — "}<span translate="no">{[...new Set(p.rows.map((r) => r.sourcePublisher))].join("; ")}</span>
        </div>
      )))}
    </>
  ), [card, seriesLabel]);
  const rowLabel = (r: OverviewRow) => seriesLabel(r);
  return (
    <ChartCard id={id} title={title} subtitle={`${t(`overview.${id}.subtitle`)} · ${unitName(unit)}`} sources={publishers}
      status={{ loading: state.isLoading ? [{ file: state.file }] : [], errors: state.error ? [{ name: state.id, error: state.error, retry: state.refetch }] : [] }}
      empty={false} onReset={() => {}}
      share={{ entry: state.entry, table: async () => overviewTable(rows, rowLabel, unitName), sources: () => rowSources(rows) }}
      chart={() => chart && (
        <TimeChart rows={chart.rows} lines={chart.lines} extraKeys={chart.extraKeys} xKind="year" domain={domain} events={events}
          formatY={formatY} tooltip={tooltip} label={title} height={220} />
      )}
      table={() => (
        <DataTable caption={title} rows={rows} rowKey={(_, i) => String(i)} columns={[
          { key: "year", label: t("colYear"), short: true, cell: (r) => figurePeriod(r) },
          ...(card && card.series.length > 1 ? [{ key: "series", label: t("colSeries"), short: true, cell: rowLabel }] : []),
          { key: "value", label: t("colValue"), numeric: true, cell: (r) => overviewValue(r.value, r.unit) },
          { key: "basis", label: t("colStatus"), cell: (r) => (r.inputs !== null ? t("overviewMeanOf", { n: r.inputs }) : r.basis === "computed" ? t("computed") : "") },
          { key: "source", label: t("colSource"), cell: (r) => <a href={r.sourceUrl} target="_blank" rel="noreferrer" translate="no">{r.sourcePublisher}</a> },
        ]} />
      )}
      footer={card && <OverviewFooter card={card} seriesLabel={seriesLabel} />} />
  );
});
