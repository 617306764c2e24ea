import { lazy, Suspense, useCallback, useEffect, useMemo, type ReactNode } from "react";
import { TimeChart } from "../../charts/time-chart";
import { ChartCard } from "../../components/chart-card";
import { DataTable, type TableColumn } from "../../components/data-table";
import { useEventMarks } from "../../components/use-events";
import { useLabels, type DatasetState } from "../../components/use-dataset";
import type { CrossBorderWeek } from "../../data/schemas";
import { joinList, labelled, withMessages, withNote } from "../../i18n/i18n";
import { withoutSourcePrefix } from "../../i18n/localized";
import { useT } from "../../i18n/use-t";
import { formatDate, formatNumber, isoDay, timestamp } from "../../lib/format";
import { useViewStore } from "../../state/view-store";
import { nearestWeek, selectWeeks, weeklyChartRows, weeklyIdentity, weeklyKey } from "./select-weekly";
import { WeekPicker } from "./week-picker";
import { AfterPaint } from "../../components/after-paint";
import { useChosenEvent, useWindows, weekDateOf } from "../../components/compare/use-comparison";
import { weekBands } from "../../lib/compare-bands";

const WeekCompare = lazy(() => withMessages(["compare"], import("../../components/compare/week-compare")));

type Props = {
  id: string;
  title: string;
  subtitle: string;
  state: DatasetState<"crossBorderWeek">;
  country?: string;
  categories: string[];
  /** What to show for the chosen week; the default lists the counted titles. */
  weekDetail?: (week: string) => ReactNode;
  onReset: () => void;
  /** What one entry is: titles for Netflix, songs for music charts. */
  entries: "titles" | "songs";
};

/** Week-by-week counts and best ranks of titles from the other country, with the list of a chosen week. */
export function WeeklyPanel({ id, title, subtitle, state, country, categories, weekDetail, onReset, entries: noun }: Props) {
  const { t, lang } = useT();
  const label = useLabels();
  const seriesLabel = useCallback((key: string) => {
    const [category, origin] = key.split("|");
    return `${t("entryLabel", { noun, country: label("area", origin) })} · ${label("list", category)}`;
  }, [noun, t, label]);
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const week = useViewStore((s) => s.week);
  const set = useViewStore((s) => s.set);
  const rows = useMemo(() => selectWeeks(state.rows ?? [], { country, categories, from, to }), [state.rows, country, categories, from, to]);
  const chart = useMemo(() => weeklyChartRows(rows), [rows]);
  const weeks = useMemo(() => [...new Set(rows.map((r) => r.week))].sort(), [rows]);
  // Kept by value: a filter that leaves the weeks' span and the series as they were keeps the axis and lines as they were.
  const [start, end] = weeks.length ? [timestamp(weeks[0]), timestamp(weeks.at(-1)!)] : [0, 1];
  const domain = useMemo<[number, number]>(() => [start, end], [start, end]);
  const events = useEventMarks("date");
  const chosen = week && weeks.includes(week) ? week : undefined;
  const loaded = state.rows !== undefined;
  // A week the data does not have falls back to none, and so leaves the URL like any other invalid value.
  useEffect(() => {
    if (loaded && week && !chosen) set({ week: undefined });
  }, [loaded, week, chosen, set]);
  const chooseEvent = useCallback((event: string) => set({ event }), [set]);
  const chosenEvent = useChosenEvent();
  const { sizes } = useWindows();
  const firstWeek = weeks[0];
  const windows = useMemo(() => (chosenEvent && firstWeek ? weekBands(chosenEvent, sizes, firstWeek, weekDateOf(id)) : undefined), [chosenEvent, sizes, firstWeek, id]);
  const daily = rows.some((r) => r.samples > 1);
  const keys = chart.keys.join("\n");
  const lines = useMemo(() => (keys ? keys.split("\n") : []).map((key) => ({ key, label: seriesLabel(key), identity: weeklyIdentity(key) })), [keys, seriesLabel]);
  const select = useCallback((x: number) => set({ week: nearestWeek(weeks, x) }), [weeks, set]);
  const tooltip = useCallback((x: number) => {
    const count = (r: CrossBorderWeek) =>
      daily ? t("entriesOfDaily", { n: r.entries, size: r.listSize, days: r.samples })
        : r.slots === undefined ? t("entriesOf", { n: r.entries, size: r.listSize }) : t("entriesInSlots", { n: r.entries, size: r.listSize, slots: r.slots });
    const at = rows.filter((r) => r.week === isoDay(x));
    return (
      <>
        <strong>{t("weekOf", { week: formatDate(isoDay(x), lang) })}</strong>
        {at.map((r) => (
          <div key={weeklyKey(r)}>
            {labelled(seriesLabel(weeklyKey(r)), withNote(joinList([count(r), r.bestRank ? t("best", { rank: r.bestRank }) : ""]), r.unknownEntries > 0 ? t("unknownCount", { n: r.unknownEntries }) : ""))}
          </div>
        ))}
      </>
    );
  }, [rows, daily, seriesLabel, t, lang]);
  const attributions = state.entry?.sources.map((s) => s.attribution) ?? [];
  const common = {
    sources: attributions.map(withoutSourcePrefix),
    status: { loading: state.isLoading ? [{ file: state.file }] : [], errors: state.error ? [{ name: state.id, error: state.error, retry: state.refetch }] : [] },
    empty: rows.length === 0,
    onReset,
    share: { entry: state.entry, table: async () => (await import("../../lib/export-tables")).weeklyTable(rows, attributions.join("; ")) },
  };
  const columns: TableColumn<CrossBorderWeek>[] = [
    { key: "week", label: t("colWeek"), short: true, cell: (r) => formatDate(r.week, lang, "short"), sort: (r) => r.week },
    { key: "category", label: t("colList"), short: true, cell: (r) => label("list", r.category) },
    { key: "entries", label: t("colEntries"), numeric: true, cell: (r) => formatNumber(r.entries, lang), sort: (r) => r.entries },
    { key: "slots", label: t("colSlots"), numeric: true, cell: (r) => (r.slots === undefined ? "" : formatNumber(r.slots, lang)), sort: (r) => r.slots ?? null },
    { key: "best", label: t("colBestRank"), numeric: true, cell: (r) => r.bestRank ?? "", sort: (r) => r.bestRank ?? null },
    { key: "titles", label: t("colTitles"), cell: (r) => <span translate="no">{r.titles}</span> },
    { key: "unknown", label: t("colUnknown"), numeric: true, cell: (r) => formatNumber(r.unknownEntries, lang), sort: (r) => r.unknownEntries },
  ];
  const rowKey = (r: CrossBorderWeek) => `${r.week}${weeklyKey(r)}`;
  // The rank chart's table leads with what it draws: each week's best rank.
  const rankColumns = ["week", "category", "best", "titles", "entries"];
  const rankTitle = t("bestRankTitle", { chart: title });
  const highlightX = chosen ? timestamp(chosen) : undefined;
  return (
    <>
      <ChartCard id={`${id}-entries`} title={title} subtitle={subtitle} {...common}
        table={() => <DataTable caption={title} rows={rows} rowKey={rowKey} columns={columns} />}
        chart={() => <TimeChart rows={chart.entries} lines={lines} xKind="date" domain={domain} events={events} formatY={String} integer
          tooltip={tooltip} onSelectX={select} highlightX={highlightX} label={title} windows={windows} onChooseEvent={chooseEvent} />}
        footer={chosenEvent && rows.length > 0 && (
          <Suspense>
            <WeekCompare id={id} dataset={state.id} title={title} rows={rows} seriesLabel={seriesLabel} event={chosenEvent} sizes={sizes}
              weekDate={weekDateOf(id)} noun={noun} attribution={attributions.join("; ")} />
          </Suspense>
        )} />
      <ChartCard id={`${id}-rank`} title={rankTitle} subtitle={t("bestRankSubtitle")} {...common}
        table={() => <DataTable caption={rankTitle} rows={rows} rowKey={rowKey} columns={rankColumns.map((k) => columns.find((c) => c.key === k)!)} />}
        chart={() => <TimeChart rows={chart.ranks} lines={lines.map((l) => ({ ...l, points: true }))} xKind="date" domain={domain} events={events} formatY={String}
          reversedY tooltip={tooltip} onSelectX={select} highlightX={highlightX} label={rankTitle} height={240} windows={windows} onChooseEvent={chooseEvent} />} />
      {weeks.length > 0 && (
        <section className="week-detail" aria-labelledby={`${id}-week`}>
          <h2 id={`${id}-week`}>{chosen ? t("weekOf", { week: formatDate(chosen, lang) }) : t("chooseWeek")}</h2>
          <AfterPaint>
            <WeekPicker weeks={weeks} value={chosen} onChange={(w) => set({ week: w })} />
          </AfterPaint>
          {chosen && (weekDetail ? weekDetail(chosen) : <TitleList rows={rows.filter((r) => r.week === chosen)} label={seriesLabel} />)}
        </section>
      )}
    </>
  );
}

function TitleList({ rows, label }: { rows: CrossBorderWeek[]; label: (key: string) => string }) {
  const { t } = useT();
  return (
    <ul className="title-list">
      {rows.map((r) => (
        <li key={weeklyKey(r)}>
          <strong>{labelled(label(weeklyKey(r)), "")}</strong>{r.titles ? <span translate="no">{r.titles}</span> : t("none")}
        </li>
      ))}
    </ul>
  );
}
