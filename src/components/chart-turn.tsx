import { useDeferredValue, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from "react";
import { whenIdle } from "../lib/when-idle";

/**
 * Charts draw one after another, so that the first one is not held up by the rest: the first chart mounted
 * (the highest on the page, which every view puts near its top) draws at once, without a layout to ask where
 * it is; once it has painted, the charts near the viewport draw, and the others one at a time, in page order,
 * when idle.
 */
const NEAR_PX = 300;
let firstTaken = false;
let gateOpen = false;
const gateListeners = new Set<() => void>();
/** Charts waiting for an idle moment, with the callback that lets each draw. */
const waiting = new Map<Element, () => void>();
let drainScheduled = false;

const afterPaint = (run: () => void) => requestAnimationFrame(() => setTimeout(run, 0));

function inView(element: Element, margin = 0): boolean {
  const box = element.getBoundingClientRect();
  return box.top < window.innerHeight + margin && box.bottom >= -margin;
}

function openGate() {
  if (gateOpen) return;
  gateOpen = true;
  gateListeners.forEach((notify) => notify());
  scheduleDrain();
}

const subscribeGate = (notify: () => void) => {
  gateListeners.add(notify);
  return () => gateListeners.delete(notify);
};

/** At the next idle moment, let the waiting chart highest on the page draw; then the next, one per idle moment. */
function scheduleDrain() {
  if (drainScheduled) return;
  drainScheduled = true;
  whenIdle(() => {
    drainScheduled = false;
    const [first] = [...waiting.keys()].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if (!first) return;
    const wake = waiting.get(first)!;
    waiting.delete(first);
    wake();
    scheduleDrain();
  });
}

/**
 * Whether an element is within `margin` pixels of the viewport, kept up to date as the page scrolls; undefined until
 * the browser first says (a frame later), so that mounting many charts does not force a layout for each of them.
 */
function useInView(element: RefObject<Element | null>, margin: number): boolean | undefined {
  const [near, setNear] = useState<boolean>();
  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    if (typeof IntersectionObserver === "undefined") return setNear(inView(el, margin));
    const watch = new IntersectionObserver(([entry]) => setNear(entry.isIntersecting), { rootMargin: `${margin}px` });
    watch.observe(el);
    return () => watch.disconnect();
  }, [element, margin]);
  return near;
}

/** Whether this chart may draw yet; `slot` holds its placeholder. */
function useChartTurn(slot: RefObject<Element | null>, near: boolean | undefined): boolean {
  const [ready, setReady] = useState(false);
  const gate = useSyncExternalStore(subscribeGate, () => gateOpen, () => gateOpen);
  useLayoutEffect(() => {
    const el = slot.current;
    if (ready || !el) return;
    if (!firstTaken && !gateOpen) {
      firstTaken = true;
      afterPaint(openGate);
      return setReady(true);
    }
    if (gate && near) return setReady(true);
    waiting.set(el, () => setReady(true));
    if (gate) scheduleDrain();
    return () => void waiting.delete(el);
  }, [slot, ready, gate, near]);
  return ready;
}

/**
 * A chart that waits for its turn behind a placeholder of about its height. Once drawn, a chart outside the
 * viewport takes a filter change as a deferred value, after the charts in view, so the chart being read
 * shows its new state first; the others catch up in the same interaction, before the reader can scroll to them.
 */
export function ChartTurn({ draw }: { draw: () => ReactNode }) {
  const slot = useRef<HTMLDivElement>(null);
  const near = useInView(slot, NEAR_PX);
  const visible = useInView(slot, 0);
  const ready = useChartTurn(slot, near);
  const content = ready ? draw() : null;
  const lagging = useDeferredValue(content);
  return (
    <div ref={slot} className={ready ? "chart-slot" : "chart-slot chart-pending"} aria-hidden={ready ? undefined : true}>
      {visible !== false ? content : lagging}
    </div>
  );
}
