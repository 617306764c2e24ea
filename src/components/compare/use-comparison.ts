import { useMemo } from "react";
import type { EventRow } from "../../data/schemas";
import { eventId } from "../../lib/event-id";
import type { WindowSizes, WindowUnit } from "../../lib/compare-windows";
import type { WeekDate } from "../../lib/week-slots";
import { windowSizes, windowUnit } from "../../state/compare-params";
import { FIRST_YEAR, LAST_YEAR } from "../../state/url-codec";
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

/** Whether the years shown cut into the windows, when the reader could widen them: the years first and last of the windows. */
export function useClippedBy(firstYear: number, lastYear: number): { from: number; to: number } | undefined {
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const clipped = (from > FIRST_YEAR && firstYear < from) || (to < LAST_YEAR && lastYear > to);
  return clipped ? { from, to } : undefined;
}
