import { useMemo } from "react";
import type { EventMark } from "../charts/event-placement";
import { useDataset } from "./use-dataset";
import type { EventRow } from "../data/schemas";
import { t } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import { localized } from "../i18n/localized";
import { useT } from "../i18n/use-t";
import { eventId } from "../lib/event-id";
import { decimalYear, formatDate, timestamp } from "../lib/format";
import { useViewStore } from "../state/view-store";

/** Labelled by default on a yearly axis (1998 declaration and first opening, 2002 World Cup, Winter Sonata) … */
export const KEY_YEARLY_EVENTS = ["kim-obuchi-declaration", "opening-stage-1", "world-cup-2002", "winter-sonata-nhk-bs2", "export-curbs"];
/** … and on the weekly charts of the 2010s and 2020s. */
export const KEY_WEEKLY_EVENTS = ["kara-in-japan", "dokdo-visit", "twice-in-japan", "crash-landing-on-you", "cultural-partnership", "60-years-of-ties"];

/** When an event happened, as the language writes dates. */
export const eventDate = (e: EventRow, lang: Language) =>
  e.endDate ? t("dateRange", { start: formatDate(e.date, lang), end: formatDate(e.endDate, lang) }) : formatDate(e.date, lang);

/**
 * Every event as a mark on a yearly or weekly axis (a month or year date at its start), labelled in the page's language;
 * the chart splits off those outside it.
 */
export function toMarks(events: EventRow[], kind: "year" | "date", selected?: string, keyEvents = kind === "year" ? KEY_YEARLY_EVENTS : KEY_WEEKLY_EVENTS, lang: Language = "en"): EventMark[] {
  const place = kind === "year" ? decimalYear : timestamp;
  return events.map((e) => ({
    id: eventId(e), x: place(e.date), x2: e.endDate ? place(e.endDate) : undefined, label: localized(e, "label", lang), date: eventDate(e, lang),
    selected: eventId(e) === selected, key: keyEvents.includes(eventId(e)),
  }));
}

export function useEvents() {
  const events = useDataset("events", "event");
  return { events: events.rows ?? [], state: events };
}

export function useEventMarks(kind: "year" | "date"): EventMark[] {
  const { events } = useEvents();
  const selected = useViewStore((s) => s.event);
  const { lang } = useT();
  return useMemo(() => toMarks(events, kind, selected, undefined, lang), [events, kind, selected, lang]);
}
