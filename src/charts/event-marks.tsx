import { useState, type KeyboardEvent, type MouseEvent } from "react";
import { usePlotArea, useXAxisScale, ZIndexLayer } from "recharts";
import { labelWidth, placeEventLabels, type EventLabel, type EventMark } from "./event-placement";

/** Narrower periods than this are drawn as a line, like a single day. */
const MIN_BAND_PX = 3;
const ROW_PX = 12;

type Geometry = { x: number; x2?: number; top: number; bottom: number };

type Choose = ((id: string) => void) | undefined;

/** Choosing a mark chooses its event, and only that: the chart's own click (choosing a week) is not run. */
const chooseHandlers = (id: string, onChoose: Choose) => onChoose && {
  role: "button",
  onClick: (event: MouseEvent) => { event.stopPropagation(); onChoose(id); },
  onKeyDown: (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    event.stopPropagation();
    onChoose(id);
  },
};

function Mark({ e, g, faded, onActive, onChoose }: { e: EventMark; g: Geometry; faded: boolean; onActive: (id: string | null) => void; onChoose: Choose }) {
  const band = g.x2 !== undefined && g.x2 - g.x >= MIN_BAND_PX;
  const className = ["event-mark", e.selected ? "event-mark-selected" : "", faded ? "event-faded" : ""].join(" ").trim();
  return (
    <g className={className} tabIndex={0} role="img" aria-label={`${e.label}, ${e.date}`} data-event={e.id} {...chooseHandlers(e.id, onChoose)}
      aria-pressed={onChoose ? e.selected : undefined} onMouseEnter={() => onActive(e.id)} onMouseLeave={() => onActive(null)} onFocus={() => onActive(e.id)} onBlur={() => onActive(null)}>
      {band ? (
        <rect className="event-band" x={g.x} y={g.top} width={g.x2! - g.x} height={g.bottom - g.top} />
      ) : (
        <line className="event-line" x1={g.x} x2={g.x} y1={g.top} y2={g.bottom} />
      )}
      <rect className="event-hit" x={g.x - 4} y={g.top - 2 * ROW_PX} width={band ? g.x2! - g.x + 8 : 8} height={g.bottom - g.top + 2 * ROW_PX} />
    </g>
  );
}

function Label({ e, label, top, hover, faded }: { e: EventMark; label: EventLabel; top: number; hover?: boolean; faded?: boolean }) {
  const y = top - 5 - label.row * ROW_PX;
  const x = label.anchor === "start" ? label.x + 3 : label.x - 3;
  const width = labelWidth(e.label) + 4;
  const className = `event-label${hover ? " event-label-hover" : ""}${e.selected ? " event-label-selected" : ""}${faded ? " event-faded" : ""}`;
  return (
    <g className={className} data-event={e.id}>
      {hover && <rect className="event-label-bg" x={label.anchor === "start" ? x - 2 : x - width + 2} y={y - 10} width={width} height={13} />}
      <text x={x} y={y} textAnchor={label.anchor} fontSize={10}>{e.label}</text>
    </g>
  );
}

/**
 * The timeline behind a chart's data: periods as light bands, days as thin lines, labels for key and selected
 * events only (above the plot, so never over the data), any other label on hover or keyboard focus. When an event is
 * selected, it stands out and the others fade. With `onChoose`, a mark is a button that chooses its event.
 */
export function EventLayer({ events, onChoose }: { events: EventMark[]; onChoose?: (id: string) => void }) {
  const [active, setActive] = useState<string | null>(null);
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale || events.length === 0) return null;
  const px = (x: number) => Math.min(Math.max(Number(scale(x)), plot.x), plot.x + plot.width);
  const labels = placeEventLabels(events, (x) => px(x) - plot.x, plot.width);
  const anySelected = events.some((e) => e.selected);
  const geometry = (e: EventMark): Geometry => ({ x: px(e.x), x2: e.x2 === undefined ? undefined : px(e.x2), top: plot.y, bottom: plot.y + plot.height });
  const shown = (e: EventMark) => { const l = labels.get(e.id); return l && { ...l, x: l.x + plot.x }; };
  const hovered = events.find((e) => e.id === active && !labels.has(e.id));
  return (
    <>
      <ZIndexLayer zIndex={50}>
        <g className="event-marks">
          {events.map((e) => <Mark key={e.id} e={e} g={geometry(e)} faded={anySelected && !e.selected} onActive={setActive} onChoose={onChoose} />)}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={2000}>
        <g className="event-labels">
          {events.map((e) => { const l = shown(e); return l ? <Label key={e.id} e={e} label={l} top={plot.y} faded={anySelected && !e.selected} /> : null; })}
          {hovered && <Label e={hovered} top={plot.y} hover
            label={{ row: 0, x: px(hovered.x), anchor: px(hovered.x) + labelWidth(hovered.label) + 3 <= plot.x + plot.width ? "start" : "end" }} />}
        </g>
      </ZIndexLayer>
    </>
  );
}
