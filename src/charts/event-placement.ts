import { textWidth } from "../lib/text-width";

/** Where the timeline's labels go: only key and selected events get one, in rows above the plot, never overlapping. */

export type EventMark = {
  id: string;
  x: number;
  /** End of a period; a period is drawn as a light band. */
  x2?: number;
  label: string;
  /** A short date for the hover label and the list of events outside the chart. */
  date: string;
  selected: boolean;
  /** Labelled by default; the others are unlabelled ticks that show their label on hover or focus. */
  key: boolean;
};

export type EventLabel = { row: number; x: number; anchor: "start" | "end" };

export const LABEL_ROWS = 3;
const CHAR_PX = 6.2;
const GAP = 8;

export const labelWidth = (text: string) => textWidth(text) * CHAR_PX;

/**
 * Labels of the selected and key events, each in the first row where it overlaps no other label, running right of
 * its mark or, near the right edge, left of it. `toPx` maps an axis value to pixels of the plot (0 to plotWidth).
 */
export function placeEventLabels(events: EventMark[], toPx: (x: number) => number, plotWidth: number, rows = LABEL_ROWS): Map<string, EventLabel> {
  const spans: [number, number][][] = Array.from({ length: rows }, () => []);
  const placed = new Map<string, EventLabel>();
  const order = events.filter((e) => e.selected || e.key).sort((a, b) => Number(b.selected) - Number(a.selected) || a.x - b.x);
  for (const e of order) {
    const x = Math.max(0, toPx(e.x));
    const width = labelWidth(e.label);
    const anchor = x + width + 3 <= plotWidth ? "start" : "end";
    const span: [number, number] = anchor === "start" ? [x, x + width + GAP] : [x - width - GAP, x];
    if (span[0] < -GAP) continue;
    const row = spans.findIndex((list) => list.every(([a, b]) => span[1] <= a || span[0] >= b));
    if (row === -1) continue;
    spans[row].push(span);
    placed.set(e.id, { row, x, anchor });
  }
  return placed;
}

/** Events inside the chart's domain, and those outside it (listed under a weekly chart rather than dropped). */
export function splitByDomain(events: EventMark[], [start, end]: [number, number]) {
  const inside = (e: EventMark) => (e.x2 ?? e.x) >= start && e.x <= end;
  return { inside: events.filter(inside), outside: events.filter((e) => !inside(e)) };
}
