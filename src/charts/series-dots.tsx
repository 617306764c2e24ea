import { memo } from "react";
import { usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";
import type { ChartRow } from "../lib/year-series";
import { isLone, type ChartLine } from "./marks";

/** Marks sit where the chart library draws a line's own dots: above the lines and the axes. */
const MARKS_Z = 600;
const DIAMOND = 5;

type Mark = { key: string; kind: string; x: number; y: number; color: string };

/** The mark of one figure, from what the figure is (see `ChartLine`); none for a figure inside a line. */
function markKind(rows: ChartRow[], line: ChartLine, index: number): string | null {
  if (line.points) return "mark-week";
  if (line.pointsOnly) return line.hollow ? "mark-cited-hollow" : "mark-cited";
  if (line.hollow) return "mark-computed";
  if (!isLone(rows, line.key, index)) return null;
  return line.dashed ? "mark-estimate" : "mark-dot";
}

function MarkShape({ mark: { kind, x, y, color } }: { mark: Mark }) {
  switch (kind) {
    case "mark-week":
      return <circle className="mark-week" cx={x} cy={y} r={3} fill={color} />;
    case "mark-cited":
      return <circle className="mark-cited" cx={x} cy={y} r={3} stroke={color} strokeWidth={1.2} fill={color} fillOpacity={0.45} />;
    case "mark-cited-hollow":
      return <circle className="mark-cited" cx={x} cy={y} r={3} stroke={color} strokeWidth={1.2} fill="var(--card)" fillOpacity={1} />;
    case "mark-computed":
      return <circle className="mark-computed" cx={x} cy={y} r={3.5} stroke={color} strokeWidth={1.8} fill="var(--card)" />;
    case "mark-estimate":
      return <circle className="mark-estimate" cx={x} cy={y} r={4} stroke={color} strokeWidth={1.8} strokeDasharray="2 1.6" fill="var(--card)" />;
    case "mark-disagree":
      return <path className="mark-disagree" d={`M${x},${y - DIAMOND}L${x + DIAMOND},${y}L${x},${y + DIAMOND}L${x - DIAMOND},${y}Z`} fill={color} stroke="var(--card)" strokeWidth={1} />;
    default:
      return <circle className="mark-dot" cx={x} cy={y} r={4} fill={color} />;
  }
}

type Props = { rows: ChartRow[]; lines: ChartLine[]; extraKeys: Record<string, number>; colorOf: (line: ChartLine) => string };

/**
 * The marks at a chart's figures, in one layer: only figures that need a mark get an element, where the chart
 * library would call a dot renderer (and add a group) for every row of every series. A figure that another source
 * contradicts is a diamond, so it never reads as a computed (open) point. Marks outside the plot are not drawn.
 */
export const SeriesMarks = memo(function SeriesMarks({ rows, lines, extraKeys, colorOf }: Props) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!plot || !xScale || !yScale) return null;
  const inside = (x: number, y: number) => x >= plot.x - 0.5 && x <= plot.x + plot.width + 0.5 && y >= plot.y - 0.5 && y <= plot.y + plot.height + 0.5;
  const marks: Mark[] = [];
  const place = (key: string, kind: string, row: ChartRow, value: number, color: string) => {
    const x = Number(xScale(row.x));
    const y = Number(yScale(value));
    if (Number.isFinite(x) && Number.isFinite(y) && inside(x, y)) marks.push({ key, kind, x, y, color });
  };
  for (const line of lines) {
    const color = colorOf(line);
    rows.forEach((row, i) => {
      const value = row[line.key];
      const kind = typeof value === "number" ? markKind(rows, line, i) : null;
      if (kind) place(`${line.key}-${i}`, kind, row, value as number, color);
      for (let n = 0; n < (extraKeys[line.key] ?? 0); n++) {
        const extra = row[`${line.key}~${n}`];
        if (typeof extra === "number") place(`${line.key}~${n}-${i}`, "mark-disagree", row, extra, color);
      }
    });
  }
  return (
    <ZIndexLayer zIndex={MARKS_Z}>
      <g className="series-marks">
        {marks.map((mark) => <MarkShape key={mark.key} mark={mark} />)}
      </g>
    </ZIndexLayer>
  );
});

/** A small sample of a mark for the key under the chart. */
export function MarkSwatch({ kind }: { kind: string }) {
  const c = "var(--muted)";
  return (
    <svg width={26} height={12} aria-hidden="true">
      {kind === "line" && <line x1={1} x2={25} y1={6} y2={6} stroke={c} strokeWidth={2} />}
      {kind === "estimate" && <line x1={1} x2={25} y1={6} y2={6} stroke={c} strokeWidth={2} strokeDasharray="5 4" />}
      {(kind === "dot" || kind === "week") && <circle cx={13} cy={6} r={4} stroke={c} fill={c} />}
      {kind === "computed" && <circle cx={13} cy={6} r={3.5} stroke={c} strokeWidth={1.8} fill="var(--card)" />}
      {kind === "cited" && <circle cx={13} cy={6} r={3} stroke={c} strokeWidth={1.2} fill={c} fillOpacity={0.45} />}
      {kind === "disagree" && <path d="M13,1L18,6L13,11L8,6Z" stroke={c} fill={c} />}
    </svg>
  );
}
