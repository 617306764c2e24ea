import { ReferenceArea, ReferenceLine } from "recharts";
import { textWidth } from "../lib/text-width";

export type EventMark = { id: string; x: number; x2?: number; label: string; selected: boolean; priority: boolean };

const ROWS = 3;
const CHAR_PX = 6.2;

/**
 * Which marks get a text label, and in which row: selected and priority events first, then left to right,
 * each only where its text (measured in pixels of the plot) does not overlap another label in that row.
 */
export function placeLabels(events: EventMark[], domain: [number, number], plotWidth: number): Map<string, number> {
  const toPx = (x: number) => ((x - domain[0]) / (domain[1] - domain[0])) * plotWidth;
  const rows: [number, number][][] = Array.from({ length: ROWS }, () => []);
  const placed = new Map<string, number>();
  const order = [...events].sort((a, b) => Number(b.selected) - Number(a.selected) || Number(b.priority) - Number(a.priority) || a.x - b.x);
  for (const e of order) {
    const px = toPx(Math.max(e.x, domain[0]));
    const width = textWidth(e.label) * CHAR_PX + 6;
    const span: [number, number] = px > plotWidth * 0.8 ? [px - width, px] : [px, px + width];
    const row = rows.findIndex((spans) => spans.every(([a, b]) => span[1] <= a || span[0] >= b));
    if (row === -1) continue;
    rows[row].push(span);
    placed.set(e.id, row);
  }
  return placed;
}

function markLabel(text: string, row: number, selected: boolean, alignEnd: boolean) {
  return function MarkLabel({ viewBox }: { viewBox?: { x?: number; y?: number } }) {
    const x = (viewBox?.x ?? 0) + (alignEnd ? -3 : 3);
    const y = (viewBox?.y ?? 0) - 28 + row * 11;
    return (
      <text x={x} y={y} textAnchor={alignEnd ? "end" : "start"} className={selected ? "event-label event-label-selected" : "event-label"} fontSize={10}>
        {text}
      </text>
    );
  };
}

/** Events as Recharts children: a shaded band for a period, a dashed line for a day; labels where they fit. */
export function eventMarks(events: EventMark[], domain: [number, number], plotWidth: number) {
  const rows = placeLabels(events, domain, plotWidth);
  return events.map((e) => {
    const row = rows.get(e.id);
    const alignEnd = e.x > domain[0] + (domain[1] - domain[0]) * 0.8;
    const label = row === undefined ? undefined : markLabel(e.label, row, e.selected, alignEnd);
    const className = e.selected ? "event-mark event-mark-selected" : "event-mark";
    if (e.x2 !== undefined && e.x2 > e.x) {
      return (
        <ReferenceArea key={e.id} x1={Math.max(e.x, domain[0])} x2={Math.min(e.x2, domain[1])} className={className}
          fillOpacity={e.selected ? 0.25 : 0.1} fill="var(--event)" stroke="none" ifOverflow="hidden" label={label} />
      );
    }
    return (
      <ReferenceLine key={e.id} x={e.x} className={className} stroke="var(--event)" strokeDasharray={e.selected ? undefined : "3 3"}
        strokeWidth={e.selected ? 2.5 : 1} ifOverflow="hidden" label={label} />
    );
  });
}
