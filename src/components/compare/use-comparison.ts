import { useMemo } from "react";
import type { EventRow } from "../../data/schemas";
import { eventId } from "../../lib/event-id";
import type { WindowSizes, WindowUnit } from "../../lib/compare-windows";
import type { WeekDate } from "../../lib/week-slots";
import { windowSizes, windowUnit } from "../../state/compare-params";
import { useViewStore } from "../../state/view-store";
import { useEvents } from "../use-events";

/** The event chosen on the timeline, once the timeline has loaded. */
export function useChosenEvent(): EventRow | undefined {
  const { events } = useEvents();
  const id = useViewStore((s) => s.event);
  return useMemo(() => (id ? events.find((e) => eventId(e) === id) : undefined), [events, id]);
}

/** The unit and sizes of the comparison windows in the current view. */
export function useWindows(): { unit: WindowUnit; sizes: WindowSizes } {
  const view = useViewStore((s) => s.view);
  const chart = useViewStore((s) => s.chart);
  const event = useViewStore((s) => s.event);
  const before = useViewStore((s) => s.before);
  const after = useViewStore((s) => s.after);
  return useMemo(() => {
    const v = { view, chart, event, before, after };
    return { unit: windowUnit(v), sizes: windowSizes(v) };
  }, [view, chart, event, before, after]);
}

/** Netflix names a list by the Sunday ending its week; Spotify, Billboard JAPAN and the FlixPatrol weeks by the Monday starting it. */
export const weekDateOf = (chart: string): WeekDate => (chart === "netflix" || chart === "global" ? "end" : "start");
