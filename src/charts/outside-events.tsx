import { useT } from "../i18n/use-t";
import { labelled } from "../i18n/i18n";
import type { EventMark } from "./event-placement";

/** Timeline events a weekly chart cannot show, listed rather than silently left out. */
export function OutsideEvents({ events }: { events: EventMark[] }) {
  const { t } = useT();
  if (events.length === 0) return null;
  const selected = events.find((e) => e.selected);
  return (
    <div className="outside-events">
      {selected && <p role="status">{t("selectedOutside", { label: selected.label })}</p>}
      <details>
        <summary>{t("eventsOutside", { n: events.length })}</summary>
        <ul>
          {events.map((e) => (
            <li key={e.id}>{labelled(e.date, e.label)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
