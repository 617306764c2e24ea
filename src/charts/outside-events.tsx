import { useState } from "react";
import { useT } from "../i18n/use-t";
import { labelled } from "../i18n/i18n";
import type { EventMark } from "./event-placement";

/** Timeline events a weekly chart cannot show, listed rather than silently left out; the list is built when opened. */
export function OutsideEvents({ events }: { events: EventMark[] }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  if (events.length === 0) return null;
  const selected = events.find((e) => e.selected);
  return (
    <div className="outside-events">
      {selected && <p role="status">{t("selectedOutside", { label: selected.label })}</p>}
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t("eventsOutside", { n: events.length })}</summary>
        {open && (
          <ul>
            {events.map((e) => (
              <li key={e.id}>{labelled(e.date, e.label)}</li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
