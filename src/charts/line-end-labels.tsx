import { usePlotArea, useYAxisScale, ZIndexLayer } from "recharts";
import type { ChartRow } from "../lib/year-series";
import { textWidth } from "../lib/text-width";
import { LINE_HEIGHT, pickLabels, placeLabels, wrapLabel, type PlacedLabel } from "./line-labels";
import { lastValue, type ChartLine } from "./marks";

export type EndLabel = { key: string; lines: string[]; value: number; color: string; importance: number };

/** Space between the plot's right edge (and so the data's last points) and a label. */
const OFFSET = 8;
const SWATCH = 8;
/** Width a label takes right of the plot, beyond its text. */
export const LABEL_EXTRA = OFFSET + SWATCH + 3;

/**
 * Labels right of the plot, each level with its series' last value and moved apart where they would overlap: the
 * chart has already picked the ones that fit its height (`pickLabels`). Rendered inside the chart, where the y
 * scale is known. The text is in the text colour, after a stroke in the series' colour.
 */
export function LineEndLabels({ labels }: { labels: EndLabel[] }) {
  const plot = usePlotArea();
  const scale = useYAxisScale();
  if (!plot || !scale) return null;
  const candidates = labels.flatMap((l) => {
    const y = scale(l.value);
    return typeof y === "number" && Number.isFinite(y) ? [{ key: l.key, lines: l.lines, y, importance: l.importance }] : [];
  });
  const placed: PlacedLabel[] = placeLabels(candidates, plot.y, plot.y + plot.height);
  const colorOf = new Map(labels.map((l) => [l.key, l.color]));
  const x = plot.x + plot.width + OFFSET;
  return (
    <ZIndexLayer zIndex={2000}>
      <g className="line-end-labels">
        {placed.map((p) => (
          <g key={p.key} data-series={p.key}>
            <path d={`M${x - OFFSET + 2},${p.y}L${x},${p.top + LINE_HEIGHT / 2}H${x + SWATCH}`} stroke={colorOf.get(p.key)} strokeWidth={2} fill="none" />
            <text x={x + SWATCH + 3} y={p.top + LINE_HEIGHT - 3} fontSize={11} className="line-end-label">
              {p.lines.map((line, i) => (
                <tspan key={i} x={x + SWATCH + 3} dy={i === 0 ? 0 : LINE_HEIGHT}>{line}</tspan>
              ))}
            </text>
          </g>
        ))}
      </g>
    </ZIndexLayer>
  );
}

/** Characters per line of an end label (about 150 px at 11 px type). */
const LABEL_CHARS = 24;

/** How far (px) a label may move from its line's end before it reads as belonging to another line. */
const MAX_SHIFT = 1.5 * LINE_HEIGHT;

/**
 * Which series get an end label: on a chart wide enough, the main series (cited figures are named in the legend),
 * as many as fit the plot's height, and only if none must move far from its line's end; otherwise the legend names
 * them all. `toY` maps a value to the plot's height as the chart will roughly draw it.
 */
export function chooseEndLabels(lines: ChartLine[], rows: ChartRow[], extraKeys: Record<string, number>, colorOf: (l: ChartLine) => string, plotHeight: number, wide: boolean, toY: (v: number) => number) {
  const withEnd = lines.flatMap((line) => {
    const value = lastValue(rows, line.key, extraKeys[line.key] ?? 0);
    return value === undefined ? [] : [{ line, value }];
  });
  const all = withEnd.map((w) => w.line);
  const candidates = withEnd.filter((w) => !w.line.pointsOnly).map(({ line, value }) => ({
    key: line.key, lines: wrapLabel(line.label, LABEL_CHARS), y: toY(value), value, color: colorOf(line), importance: 0,
  }));
  const kept = pickLabels(candidates, plotHeight);
  const placed = placeLabels(kept, 0, plotHeight);
  const crowded = placed.some((p) => Math.abs(p.top + p.height / 2 - p.y) > MAX_SHIFT);
  if (!wide || crowded || kept.length === 0) return { labelled: [] as EndLabel[], legend: all };
  const keys = new Set(kept.map((c) => c.key));
  return { labelled: candidates.filter((c) => keys.has(c.key)), legend: all.filter((l) => !keys.has(l.key)) };
}

/** Pixels the labels need right of the plot. */
export const labelsWidth = (labels: EndLabel[]) =>
  labels.length === 0 ? 0 : Math.max(...labels.flatMap((l) => l.lines.map((t) => textWidth(t) * 6.4))) + LABEL_EXTRA + 4;
