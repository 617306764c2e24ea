import { useCallback, useEffect, useMemo, type ReactNode } from "react";
import { TimeChart } from "../../charts/time-chart";
import { ChartCard } from "../../components/chart-card";
import { DataTable } from "../../components/data-table";
import { useEventMarks } from "../../components/use-events";
import type { DatasetState } from "../../components/use-dataset";
import type { CrossBorderWeek } from "../../data/schemas";
import { weeklyTable } from "../../lib/export-tables";
import { isoDay, timestamp } from "../../lib/format";
import { COUNTRIES, MESSAGES as M } from "../../messages";
import { useViewStore } from "../../state/view-store";
import { nearestWeek, selectWeeks, weeklyChartRows, weeklyIdentity, weeklyKey } from "./select-weekly";
import { WeekPicker } from "./week-picker";

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
  const seriesLabel = useCallback((key: string) => {
    const [category, origin] = key.split("|");
    return `${M.entryLabel(noun, COUNTRIES[origin])} · ${category}`;
  }, [noun]);
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
  const daily = rows.some((r) => r.samples > 1);
  const keys = chart.keys.join("\n");
  const lines = useMemo(() => (keys ? keys.split("\n") : []).map((key) => ({ key, label: seriesLabel(key), identity: weeklyIdentity(key) })), [keys, seriesLabel]);
  const select = useCallback((x: number) => set({ week: nearestWeek(weeks, x) }), [weeks, set]);
  const tooltip = useCallback((x: number) => {
    const at = rows.filter((r) => r.week === isoDay(x));
    return (
      <>
        <strong>{M.weekOf(isoDay(x))}</strong>
        {at.map((r) => (
          <div key={weeklyKey(r)}>
            {seriesLabel(weeklyKey(r))}: {daily ? M.entriesOfDaily(r.entries, r.listSize, r.samples) : M.entriesOf(r.entries, r.listSize, r.slots)}
            {r.bestRank ? `, ${M.best(r.bestRank)}` : ""}
            {r.unknownEntries > 0 ? ` (${M.unknownCount(r.unknownEntries)})` : ""}
          </div>
        ))}
      </>
    );
  }, [rows, daily, seriesLabel]);
  const source = state.entry?.sources.map((s) => s.attribution).join("; ") ?? "";
  const common = {
    sourceLine: source,
    status: { loading: state.isLoading ? [{ file: state.entry?.file }] : [], errors: state.error ? [{ name: state.id, error: state.error, retry: state.refetch }] : [] },
    empty: rows.length === 0,
    onReset,
    share: { entry: state.entry, table: () => weeklyTable(rows, source) },
    table: () => (
      <DataTable caption={title} rows={rows} rowKey={(r) => `${r.week}${weeklyKey(r)}`} columns={[
        { key: "week", label: M.colWeek, cell: (r) => r.week },
        { key: "category", label: M.colList, cell: (r) => r.category },
        { key: "entries", label: M.colEntries, numeric: true, cell: (r) => r.entries },
        { key: "slots", label: M.colSlots, numeric: true, cell: (r) => r.slots ?? "" },
        { key: "best", label: M.colBestRank, numeric: true, cell: (r) => r.bestRank ?? "" },
        { key: "titles", label: M.colTitles, cell: (r) => r.titles },
        { key: "unknown", label: M.colUnknown, numeric: true, cell: (r) => r.unknownEntries },
      ]} />
    ),
  };
  return (
    <>
      <ChartCard id={`${id}-entries`} title={title} subtitle={subtitle} {...common}
        chart={() => <TimeChart rows={chart.entries} lines={lines} xKind="date" domain={domain} events={events} formatY={String} integer
          tooltip={tooltip} onSelectX={select} highlightX={chosen ? timestamp(chosen) : undefined} label={title} />} />
      <ChartCard id={`${id}-rank`} title={M.bestRankTitle(title)} subtitle={M.bestRankSubtitle} {...common}
        chart={() => <TimeChart rows={chart.ranks} lines={lines.map((l) => ({ ...l, points: true }))} xKind="date" domain={domain} events={events} formatY={String}
          reversedY tooltip={tooltip} onSelectX={select} highlightX={chosen ? timestamp(chosen) : undefined} label={M.bestRankTitle(title)} height={240} />} />
      {weeks.length > 0 && (
        <section className="week-detail" aria-labelledby={`${id}-week`}>
          <h2 id={`${id}-week`}>{chosen ? M.weekOf(chosen) : M.chooseWeek}</h2>
          <WeekPicker weeks={weeks} value={chosen} onChange={(w) => set({ week: w })} />
          {chosen && (weekDetail ? weekDetail(chosen) : <TitleList rows={rows.filter((r) => r.week === chosen)} label={seriesLabel} />)}
        </section>
      )}
    </>
  );
}

function TitleList({ rows, label }: { rows: CrossBorderWeek[]; label: (key: string) => string }) {
  return (
    <ul className="title-list">
      {rows.map((r) => (
        <li key={weeklyKey(r)}>
          <strong>{label(weeklyKey(r))}:</strong> {r.titles || M.none}
        </li>
      ))}
    </ul>
  );
}
