import { useMemo } from "react";
import type { EventMark } from "../charts/event-marks";
import { useDataset } from "./use-dataset";
import type { EventRow } from "../data/schemas";
import type { Language } from "../i18n/languages";
import { localized } from "../i18n/localized";
import { useT } from "../i18n/use-t";
import { decimalYear, timestamp } from "../lib/format";
import { useViewStore } from "../state/view-store";

/** Marked and labelled on every chart whose range includes them. */
export const PRIORITY_EVENTS = ["kim-obuchi-declaration", "world-cup-2002"];

export const eventId = (e: EventRow) => e.label.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** Events drawn on a yearly or weekly axis, labelled in the page's language; a month or year date is placed at its start. */
export function toMarks(events: EventRow[], kind: "year" | "date", domain: [number, number], selected: string | undefined, lang: Language): EventMark[] {
  const place = kind === "year" ? decimalYear : timestamp;
  return events
    .map((e) => ({ id: eventId(e), x: place(e.date), x2: e.endDate ? place(e.endDate) : undefined, label: localized(e, "label", lang), selected: eventId(e) === selected, priority: PRIORITY_EVENTS.includes(eventId(e)) }))
    .filter((m) => (m.x2 ?? m.x) >= domain[0] && m.x <= domain[1]);
}

export function useEvents() {
  const events = useDataset("events", "event");
  return { events: events.rows ?? [], state: events };
}

export function useEventMarks(kind: "year" | "date", domain: [number, number]): EventMark[] {
  const { events } = useEvents();
  const selected = useViewStore((s) => s.event);
  const { lang } = useT();
  return useMemo(() => toMarks(events, kind, domain, selected, lang), [events, kind, domain, selected, lang]);
}
