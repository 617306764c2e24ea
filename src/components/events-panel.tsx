import { useEffect } from "react";
import type { EventRow } from "../data/schemas";
import { localized } from "../i18n/localized";
import { useT } from "../i18n/use-t";
import { FIRST_YEAR, LAST_YEAR } from "../state/url-codec";
import { useViewStore } from "../state/view-store";
import { eventId } from "../lib/event-id";
import { eventDate, useEvents } from "./use-events";

const AROUND = 3;

/** The years a few either side of an event. */
export function zoomTo(e: { date: string; endDate: string }) {
  const year = Number(e.date.slice(0, 4));
  const end = Number((e.endDate || e.date).slice(0, 4));
  return { from: Math.max(FIRST_YEAR, year - AROUND), to: Math.min(LAST_YEAR, end + AROUND) };
}

/** The timeline as a list: choosing an event highlights it on the charts; zooming to it is a separate action. */
export function EventsPanel() {
  const { t, lang } = useT();
  const { events, state } = useEvents();
  const selected = useViewStore((s) => s.event);
  const set = useViewStore((s) => s.set);
  const listed = events.filter((e) => Number((e.endDate || e.date).slice(0, 4)) >= FIRST_YEAR);
  const chosen = listed.find((e) => eventId(e) === selected);
  const loaded = state.rows !== undefined;
  // An event the timeline does not have falls back to none, and so leaves the URL like any other invalid value.
  useEffect(() => {
    if (loaded && selected && !chosen) set({ event: undefined });
  }, [loaded, selected, chosen, set]);
  if (state.error) return <p role="alert">{t("eventsFailed")}</p>;
  return (
    <section className="events-panel" aria-labelledby="events-heading">
      <h2 id="events-heading">{t("timeline")}</h2>
      {chosen && <EventDetail event={chosen} onZoom={() => set(zoomTo(chosen))} onClear={() => set({ event: undefined })} />}
      <ol className="event-list">
        {listed.map((e) => {
          const id = eventId(e);
          return (
            <li key={id}>
              <button type="button" aria-pressed={id === selected} onClick={() => set({ event: id })}>
                <span className="event-year">{e.date.slice(0, 4)}</span> {localized(e, "title", lang)}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The first chart's before/after comparison, brought into view with its heading focused (on a phone the timeline sits below the charts). */
function showComparison() {
  const heading = document.querySelector<HTMLElement>(".compare-panel h3");
  heading?.scrollIntoView({ block: "start" });
  heading?.focus({ preventScroll: true });
}

function EventDetail({ event, onZoom, onClear }: { event: EventRow; onZoom: () => void; onClear: () => void }) {
  const { t, lang } = useT();
  const urls = event.sourceUrls.split(" ");
  const publishers = event.sourcePublishers.split("; ");
  return (
    <div className="event-detail" aria-live="polite">
      <h3>{localized(event, "title", lang)}</h3>
      <p className="event-date">{eventDate(event, lang)}</p>
      <p>{localized(event, "description", lang)}</p>
      <p className="event-sources">
        {t("sourcesLabel", { n: urls.length })}{" "}
        <span translate="no">
          {urls.map((url, i) => <a key={url} href={url} rel="noreferrer" target="_blank">{publishers[i] ?? url}</a>).flatMap((link, i) => (i === 0 ? [link] : [", ", link]))}
        </span>
      </p>
      <div className="event-actions">
        <button type="button" onClick={showComparison}>{t("compare.show")}</button>
        <button type="button" onClick={onZoom}>{t("zoomToEvent")}</button>
        <button type="button" onClick={onClear}>{t("clearEvent")}</button>
      </div>
    </div>
  );
}
