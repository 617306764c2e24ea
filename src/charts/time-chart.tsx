import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { CartesianGrid, Line, ReferenceLine, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow } from "../lib/year-series";
import { ChartLegend } from "./chart-legend";
import { eventMarks, type EventMark } from "./event-marks";

/** A series: `pointsOnly` for figures that must not be joined (single cited figures from different sources). */
export type ChartLine = { key: string; label: string; color: string; dashed?: boolean; step?: boolean; hollow?: boolean; pointsOnly?: boolean };

type Props = {
  rows: ChartRow[];
  lines: ChartLine[];
  extraKeys?: Record<string, number>;
  xKind: "year" | "date";
  domain: [number, number];
  events: EventMark[];
  formatY: (value: number) => string;
  reversedY?: boolean;
  /** Counts: whole-number ticks only. */
  integer?: boolean;
  tooltip: (x: number) => ReactNode;
  onSelectX?: (x: number) => void;
  /** A chosen point on the axis (e.g. the selected week), drawn as a solid line. */
  highlightX?: number;
  height?: number;
  label: string;
};

const formatX = (kind: "year" | "date") => (x: number) =>
  kind === "year" ? String(Math.round(x)) : new Date(x).toISOString().slice(0, 7);

/** Whole years inside the domain, at most about eight of them. */
export function yearTicks([start, end]: [number, number]): number[] {
  const first = Math.ceil(start);
  const last = Math.floor(end);
  const step = Math.max(1, Math.ceil((last - first + 1) / 8));
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(year);
  return ticks;
}

type DotProps = { cx?: number; cy?: number; index?: number };

/**
 * On dense charts, a dot only where a value stands alone between gaps, which a line cannot show; nothing
 * elsewhere, and no dots at all (so no work per point) for a line without such a value.
 */
function isolatedDot(rows: ChartRow[], line: ChartLine) {
  const empty = (i: number) => rows[i]?.[line.key] === null || rows[i]?.[line.key] === undefined;
  const alone = (i: number) => !empty(i) && empty(i - 1) && empty(i + 1);
  if (!rows.some((_, i) => alone(i))) return false;
  return function IsolatedDot({ cx, cy, index = 0 }: DotProps) {
    if (cx === undefined || cy === undefined || !alone(index)) return null;
    return <circle cx={cx} cy={cy} r={2.5} fill={line.color} stroke={line.color} />;
  };
}

const legendText = (lines: ChartLine[]) => lines.map((l) => l.label).join("; ");

/** Width taken by the y axis and margins, outside the plot. */
const PLOT_MARGIN = 96;

/** The figure's width, measured before the first paint so that the chart is not drawn twice. */
function useWidth() {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    if (!ref.current || typeof ResizeObserver === "undefined") return;
    setWidth(ref.current.getBoundingClientRect().width || 640);
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

const MARGIN = { top: 40, right: 16, bottom: 8, left: 8 };
const ACTIVE_DOT = { r: 5 };
const EXTRA_ACTIVE_DOT = { r: 6 };
const NO_EXTRAS: Record<string, number> = {};
const FORMAT_X = { year: formatX("year"), date: formatX("date") };

function seriesLines(rows: ChartRow[], lines: ChartLine[], extraKeys: Record<string, number>) {
  const dotRadius = rows.length > 80 ? 0 : 3;
  const main = lines.map((line) => (
    <Line key={line.key} dataKey={line.key} name={line.label} type={line.step ? "stepAfter" : "linear"}
      stroke={line.pointsOnly ? "none" : line.color} strokeDasharray={line.dashed ? "5 4" : undefined} strokeWidth={2}
      connectNulls={false} isAnimationActive={false}
      dot={line.pointsOnly || dotRadius ? { r: line.pointsOnly ? 4 : dotRadius, stroke: line.color, fill: line.hollow ? "var(--bg)" : line.color } : isolatedDot(rows, line)}
      activeDot={ACTIVE_DOT} />
  ));
  const extra = lines.flatMap((line) =>
    Array.from({ length: extraKeys[line.key] ?? 0 }, (_, n) => (
      <Line key={`${line.key}~${n}`} dataKey={`${line.key}~${n}`} name={`${line.label}: disagreeing figures`} stroke="none" strokeWidth={0} isAnimationActive={false}
        dot={{ r: 5, stroke: line.color, strokeWidth: 2, fill: "var(--bg)" }} activeDot={EXTRA_ACTIVE_DOT} />
    )),
  );
  return [...main, ...extra];
}

/**
 * A time chart: lines that break at gaps, disagreeing figures as open points, events as marks.
 * Memoised, and every prop handed to the chart library is kept stable between renders: the library
 * re-registers any series whose props change, which is most of the cost of a redraw.
 */
export const TimeChart = memo(function TimeChart({ rows, lines, extraKeys = NO_EXTRAS, xKind, domain, events, formatY, reversedY, integer, tooltip, onSelectX, highlightX, height = 320, label }: Props) {
  const [figure, width] = useWidth();
  const ticks = useMemo(() => (xKind === "year" ? yearTicks(domain) : undefined), [xKind, domain]);
  const marks = useMemo(() => eventMarks(events, domain, Math.max(width - PLOT_MARGIN, 100)), [events, domain, width]);
  const series = useMemo(() => seriesLines(rows, lines, extraKeys), [rows, lines, extraKeys]);
  const yDomain = useMemo(() => (reversedY ? [1, "dataMax"] as const : undefined), [reversedY]);
  const content = useCallback(({ active, label: x }: { active?: boolean; label?: string | number }) =>
    (active && x !== undefined ? <div className="chart-tooltip">{tooltip(Number(x))}</div> : null), [tooltip]);
  const onClick = useCallback((state: { activeLabel?: string | number } | null) => {
    if (onSelectX && state?.activeLabel !== undefined) onSelectX(Number(state.activeLabel));
  }, [onSelectX]);
  return (
    <figure className="time-chart" aria-label={label} ref={figure}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={MARGIN} title={label} desc={legendText(lines)} onClick={onClick}>
          <CartesianGrid stroke="var(--line)" strokeDasharray="2 4" />
          <XAxis dataKey="x" type="number" domain={domain} allowDataOverflow tickFormatter={FORMAT_X[xKind]} ticks={ticks}
            stroke="var(--muted)" allowDecimals={false} />
          <YAxis reversed={reversedY} tickFormatter={formatY} stroke="var(--muted)" width={64} allowDecimals={!reversedY && !integer}
            domain={yDomain} />
          <Tooltip content={content} />
          {marks}
          {highlightX !== undefined && <ReferenceLine x={highlightX} stroke="var(--fg)" strokeWidth={2} ifOverflow="hidden" />}
          {series}
        </LineChart>
      </ResponsiveContainer>
      <ChartLegend lines={lines} disagreeing={Object.keys(extraKeys).length > 0} />
    </figure>
  );
});
