import { lazy, memo, Suspense, useCallback, useContext, useMemo, type ReactNode } from "react";
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { useT } from "../i18n/use-t";
import { formatWeekTick, rankListSize, rankTicks, valueAxis, weekTicks, yearTicks } from "../lib/ticks";
import type { ChartRow } from "../lib/year-series";
import { AxisTick } from "./axis-tick";
import { ChartLegend, MarkKey } from "./chart-legend";
import { EventLayer } from "./event-marks";
import { horizontalGrid, verticalGrid } from "./grid-lines";
import { ExportHeight } from "./export-height";
import { splitByDomain, type EventMark } from "./event-placement";
import { chooseEndLabels, LineEndLabels, labelsWidth } from "./line-end-labels";
import { usedMarks, type ChartLine } from "./marks";
import { OutsideEvents } from "./outside-events";
import { seriesColor } from "./palette";
import { SeriesMarks } from "./series-dots";
import { LazyTooltip, useTooltipWanted } from "./use-tooltip";
import { useWidth } from "./use-width";
import { WindowBands } from "./window-bands";
import type { WindowBands as Bands } from "../lib/compare-bands";

export type { ChartLine } from "./marks";

type Props = {
  rows: ChartRow[];
  lines: ChartLine[];
  /** Series with disagreeing figures: how many values they have in their most contested year ("key~n"). */
  extraKeys?: Record<string, number>;
  xKind: "year" | "date";
  domain: [number, number];
  events: EventMark[];
  formatY: (value: number) => string;
  /** A rank axis: 1 at the top, round rank ticks, down to the size of the list. */
  reversedY?: boolean;
  /** Counts: whole-number ticks only. */
  integer?: boolean;
  tooltip: (x: number) => ReactNode;
  onSelectX?: (x: number) => void;
  /** A chosen point on the axis (e.g. the selected week), drawn as a solid line. */
  highlightX?: number;
  height?: number;
  label: string;
  /** The windows of a before/after comparison around the chosen event. */
  windows?: Bands;
  /** Clicking an event's mark chooses the event. */
  onChooseEvent?: (id: string) => void;
};

const MARGIN = { top: 40, bottom: 8, left: 8 };
const X_AXIS_HEIGHT = 30;
const Y_AXIS_WIDTH = 64;
/**
 * Room each time tick gets: its text ("2026", "Apr", "4월") is at most about 36 px wide, so ticks this far apart
 * never collide, and the chart library need not measure their text to drop some.
 */
const TICK_SPACING_PX = 48;
/** Room each value tick gets, in the plot's height. */
const VALUE_TICK_SPACING_PX = 44;
/** Narrower than this (a phone), series are named in a legend rather than at their line ends. */
export const MIN_LABELLED_WIDTH = 560;

const colorOf = (line: ChartLine) => seriesColor(line.identity);
const valuesOf = (rows: ChartRow[]) => rows.flatMap((r) => Object.entries(r).filter(([k, v]) => k !== "x" && typeof v === "number").map(([, v]) => v as number));

/** Where a value will sit in the plot's height (0 at the top), to tell whether end labels crowd. */
function approximateY([lo, hi]: [number, number], plotHeight: number, reversed: boolean) {
  const share = (v: number) => (v - lo) / (hi - lo || 1);
  return reversed ? (v: number) => share(v) * plotHeight : (v: number) => (1 - share(v)) * plotHeight;
}

/**
 * Series as chart-library children; built once per change of data, since the library re-registers a series whose props
 * change. Their marks are drawn by SeriesMarks; lines of disagreeing figures draw nothing but keep those figures on the
 * value axis and light up on hover.
 */
function seriesLines(lines: ChartLine[], extraKeys: Record<string, number>) {
  const main = lines.map((line) => (
    <Line key={line.key} dataKey={line.key} name={line.label} type="linear" isAnimationActive={false} connectNulls={false}
      stroke={line.pointsOnly || line.points ? "none" : colorOf(line)} strokeDasharray={line.dashed ? "5 4" : undefined} strokeWidth={2}
      dot={false} activeDot={{ r: 5, fill: colorOf(line) }} />
  ));
  const extra = lines.flatMap((line) =>
    Array.from({ length: extraKeys[line.key] ?? 0 }, (_, n) => (
      <Line key={`${line.key}~${n}`} dataKey={`${line.key}~${n}`} name={line.label} stroke="none" strokeWidth={0} isAnimationActive={false}
        dot={false} activeDot={{ r: 6, fill: colorOf(line) }} />
    )),
  );
  return [...main, ...extra];
}

const HighlightLine = lazy(() => import("./highlight-line"));

const NO_EXTRAS: Record<string, number> = {};
const formatYearTick = (x: number) => String(Math.round(x));

/**
 * A time chart drawn in its final state at once (no animation): lines that break at gaps, marks that say how each
 * figure is known, end labels instead of a legend where they fit, events behind the data. Memoised, with every prop
 * handed to the chart library kept stable between renders, so a redraw costs only what changed.
 */
export const TimeChart = memo(function TimeChart({ rows, lines, extraKeys = NO_EXTRAS, xKind, domain, events, formatY, reversedY, integer, tooltip, onSelectX, highlightX, height: askedHeight = 320, label, windows, onChooseEvent }: Props) {
  const { lang } = useT();
  const height = useContext(ExportHeight) ?? askedHeight;
  const weekTick = useMemo(() => (x: number) => formatWeekTick(x, lang), [lang]);
  const [figure, measured] = useWidth<HTMLElement>();
  const width = measured ?? 0;
  const [withTooltip, wantTooltip] = useTooltipWanted();
  const plotHeight = height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT;
  const values = useMemo(() => valuesOf(rows), [rows]);
  const rankSize = reversedY ? rankListSize(Math.max(1, ...values)) : 0;
  const yAxis = useMemo(
    () => (reversedY ? { domain: [1, rankSize] as [number, number], ticks: rankTicks(rankSize) } : valueAxis(values, Math.floor(plotHeight / VALUE_TICK_SPACING_PX), integer)),
    [reversedY, rankSize, values, plotHeight, integer],
  );
  const { labelled, legend } = useMemo(
    () => chooseEndLabels(lines, rows, extraKeys, colorOf, plotHeight, width >= MIN_LABELLED_WIDTH, approximateY(yAxis.domain, plotHeight, !!reversedY)),
    [lines, rows, extraKeys, plotHeight, width, yAxis, reversedY],
  );
  const { inside, outside } = useMemo(() => splitByDomain(events, domain), [events, domain]);
  const right = Math.max(16, labelsWidth(labelled));
  const margin = useMemo(() => ({ ...MARGIN, right }), [right]);
  const maxTicks = Math.min(8, Math.max(2, Math.floor((width - MARGIN.left - Y_AXIS_WIDTH - right) / TICK_SPACING_PX)));
  const xTicks = useMemo(() => (xKind === "year" ? yearTicks(domain, maxTicks) : weekTicks(domain, maxTicks)), [xKind, domain, maxTicks]);
  const series = useMemo(() => seriesLines(lines, extraKeys), [lines, extraKeys]);
  const marks = useMemo(() => usedMarks(lines, rows, extraKeys), [lines, rows, extraKeys]);
  const content = useCallback(({ active, label: x }: { active?: boolean; label?: string | number }) =>
    (active && x !== undefined ? <div className="chart-tooltip">{tooltip(Number(x))}</div> : null), [tooltip]);
  const onClick = useCallback((state: { activeLabel?: string | number } | null) => {
    if (onSelectX && state?.activeLabel !== undefined) onSelectX(Number(state.activeLabel));
  }, [onSelectX]);
  return (
    <figure className="time-chart" aria-label={label} ref={figure} onPointerEnter={withTooltip ? undefined : wantTooltip} onFocus={withTooltip ? undefined : wantTooltip}>
      {measured === undefined ? <div style={{ height }} /> : (
        <>
          <LineChart width={width} height={height} data={rows} margin={margin} title={label} desc={lines.map((l) => l.label).join("; ")} onClick={onClick}>
            <CartesianGrid stroke="var(--line)" strokeDasharray="2 4" verticalCoordinatesGenerator={verticalGrid} horizontalCoordinatesGenerator={horizontalGrid} />
            <XAxis dataKey="x" type="number" domain={domain} allowDataOverflow height={X_AXIS_HEIGHT} stroke="var(--muted)"
              ticks={xTicks} niceTicks="none" interval={0} tick={AxisTick} tickFormatter={xKind === "year" ? formatYearTick : weekTick} />
            <YAxis reversed={reversedY} tickFormatter={formatY} stroke="var(--muted)" width={Y_AXIS_WIDTH}
              domain={yAxis.domain} ticks={yAxis.ticks} niceTicks="none" interval={0} tick={AxisTick} />
            {withTooltip && (
              <Suspense fallback={null}>
                <LazyTooltip content={content} />
              </Suspense>
            )}
            {windows && <WindowBands bands={windows} />}
            <EventLayer events={inside} onChoose={onChooseEvent} />
            {highlightX !== undefined && (
              <Suspense fallback={null}>
                <HighlightLine x={highlightX} />
              </Suspense>
            )}
            {series}
            <SeriesMarks rows={rows} lines={lines} extraKeys={extraKeys} colorOf={colorOf} />
            <LineEndLabels labels={labelled} />
          </LineChart>
          <ChartLegend lines={legend} colorOf={colorOf} />
          <MarkKey marks={marks} />
          {xKind === "date" && <OutsideEvents events={outside} />}
        </>
      )}
    </figure>
  );
});
