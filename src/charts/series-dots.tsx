import type { ChartRow } from "../lib/year-series";
import { isLone, type ChartLine } from "./marks";

type DotProps = { cx?: number; cy?: number; index?: number };

const empty = (key: string, index: number) => <g key={`${key}-${index}`} />;

/** The marks drawn at a series' figures, from what the figures are (see `ChartLine`). */
export function seriesDot(rows: ChartRow[], line: ChartLine, color: string) {
  return function SeriesDot({ cx, cy, index = 0 }: DotProps) {
    const key = `${line.key}-${index}`;
    if (cx === undefined || cy === undefined || typeof rows[index]?.[line.key] !== "number") return empty(line.key, index);
    if (line.points) return <circle key={key} className="mark-week" cx={cx} cy={cy} r={3} fill={color} />;
    if (line.pointsOnly) {
      return <circle key={key} className="mark-cited" cx={cx} cy={cy} r={3} stroke={color} strokeWidth={1.2} fill={line.hollow ? "var(--card)" : color} fillOpacity={line.hollow ? 1 : 0.45} />;
    }
    if (line.hollow) return <circle key={key} className="mark-computed" cx={cx} cy={cy} r={3.5} stroke={color} strokeWidth={1.8} fill="var(--card)" />;
    if (!isLone(rows, line.key, index)) return empty(line.key, index);
    if (line.dashed) return <circle key={key} className="mark-estimate" cx={cx} cy={cy} r={4} stroke={color} strokeWidth={1.8} strokeDasharray="2 1.6" fill="var(--card)" />;
    return <circle key={key} className="mark-dot" cx={cx} cy={cy} r={4} fill={color} />;
  };
}

/** A figure that another source contradicts: a diamond, so it never reads as a computed (open) point. */
export function disagreeDot(key: string, color: string) {
  return function DisagreeDot({ cx, cy, index = 0 }: DotProps) {
    if (cx === undefined || cy === undefined) return empty(key, index);
    const r = 5;
    return <path key={`${key}-${index}`} className="mark-disagree" d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`} fill={color} stroke="var(--card)" strokeWidth={1} />;
  };
}

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
