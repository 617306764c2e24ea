import { eventId } from "../lib/event-id";
import { MESSAGES as M } from "../messages";
import { FIRST_YEAR, LAST_YEAR } from "../state/url-codec";
import { useViewStore } from "../state/view-store";
import { useEvents } from "./use-events";

const AROUND = 3;

/** The years a few either side of an event. */
export function zoomTo(e: { date: string; endDate: string }) {
  const year = Number(e.date.slice(0, 4));
  const end = Number((e.endDate || e.date).slice(0, 4));
  return { from: Math.max(FIRST_YEAR, year - AROUND), to: Math.min(LAST_YEAR, end + AROUND) };
}

/** The timeline as a list: choosing an event highlights it on the charts; zooming to it is a separate action. */
export function EventsPanel() {
  const { events, state } = useEvents();
  const selected = useViewStore((s) => s.event);
  const set = useViewStore((s) => s.set);
  const listed = events.filter((e) => Number((e.endDate || e.date).slice(0, 4)) >= FIRST_YEAR);
  const chosen = listed.find((e) => eventId(e) === selected);
  if (state.error) return <p role="alert">{M.eventsFailed}</p>;
  return (
    <section className="events-panel" aria-labelledby="events-heading">
      <h2 id="events-heading">{M.timeline}</h2>
      {chosen && (
        <div className="event-detail" aria-live="polite">
          <h3>{chosen.title}</h3>
          <p className="event-date">{chosen.endDate ? `${chosen.date} – ${chosen.endDate}` : chosen.date}</p>
          <p>{chosen.description}</p>
          <p className="event-sources">
            {M.sourcesLabel}{" "}
            {chosen.sourceUrls.split(" ").map((url, i) => (
              <a key={url} href={url} rel="noreferrer" target="_blank">{chosen.sourcePublishers.split("; ")[i] ?? url}</a>
            )).flatMap((link, i) => (i === 0 ? [link] : [", ", link]))}
          </p>
          <div className="event-actions">
            <button type="button" onClick={() => set(zoomTo(chosen))}>{M.zoomToEvent}</button>
            <button type="button" onClick={() => set({ event: undefined })}>{M.clearEvent}</button>
          </div>
        </div>
      )}
      <ol className="event-list">
        {listed.map((e) => {
          const id = eventId(e);
          return (
            <li key={id}>
              <button type="button" aria-pressed={id === selected} onClick={() => set({ event: id })}>
                <span className="event-year">{e.date.slice(0, 4)}</span> {e.title}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
