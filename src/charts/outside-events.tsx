import { MESSAGES as M } from "../messages";
import type { EventMark } from "./event-placement";

/** Timeline events a weekly chart cannot show, listed rather than silently left out. */
export function OutsideEvents({ events }: { events: EventMark[] }) {
  if (events.length === 0) return null;
  const selected = events.find((e) => e.selected);
  return (
    <div className="outside-events">
      {selected && <p role="status">{M.selectedOutside(selected.label)}</p>}
      <details>
        <summary>{M.eventsOutside(events.length)}</summary>
        <ul>
          {events.map((e) => (
            <li key={e.id}>{e.date}: {e.label}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
