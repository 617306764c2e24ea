import { useDeferredValue, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from "react";

/**
 * Charts draw one after another, so the first one in view is not held up by the rest: the first chart
 * mounted in view draws at once; once it has painted, every other chart in view or coming near it draws
 * at once too, and the rest draw one at a time, in page order, whenever the browser is idle.
 */
type Waiter = { element: Element; near: boolean; wake: () => void };

const NEAR = "300px";
let firstTaken = false;
let painted = false;
let draining = false;
const waiting: Waiter[] = [];
const observer = typeof IntersectionObserver === "undefined" ? null : new IntersectionObserver(onIntersect, { rootMargin: NEAR });

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === "undefined" ? setTimeout(run, 16) : requestIdleCallback(run, { timeout: 500 });
const afterPaint = (run: () => void) => requestAnimationFrame(() => setTimeout(run, 0));

function inView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top < window.innerHeight && box.bottom >= 0;
}

function wake(waiter: Waiter) {
  const at = waiting.indexOf(waiter);
  if (at < 0) return;
  waiting.splice(at, 1);
  observer?.unobserve(waiter.element);
  waiter.wake();
}

function onIntersect(entries: IntersectionObserverEntry[]) {
  for (const entry of entries) {
    const waiter = waiting.find((w) => w.element === entry.target);
    if (!waiter) continue;
    waiter.near = entry.isIntersecting;
    if (painted && waiter.near) wake(waiter);
  }
}

/** Wake the chart nearest the top of the page (those near the viewport first), then the next when idle again. */
function drain() {
  draining = waiting.length > 0;
  if (!draining) return;
  const order = [...waiting].sort((a, b) => Number(b.near) - Number(a.near) || (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  wake(order[0]);
  whenIdle(drain);
}

function openGate() {
  painted = true;
  waiting.filter((w) => w.near).forEach(wake);
  if (!draining) whenIdle(drain);
}

/** Whether this chart may draw yet; `element` is its placeholder, measured before the first paint. */
function useChartTurn(element: RefObject<Element | null>): boolean {
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => {
    const el = element.current;
    if (ready || !el) return;
    const near = inView(el);
    if (painted ? near : !firstTaken && near) {
      if (!firstTaken) afterPaint(openGate);
      firstTaken = true;
      setReady(true);
      return;
    }
    const waiter: Waiter = { element: el, near, wake: () => setReady(true) };
    waiting.push(waiter);
    observer?.observe(el);
    if (!firstTaken || painted) whenIdle(() => (painted ? !draining && drain() : openGate()));
    return () => {
      const at = waiting.indexOf(waiter);
      if (at >= 0) waiting.splice(at, 1);
      observer?.unobserve(el);
    };
  }, [element, ready]);
  return ready;
}

/** Whether an element is near the viewport, kept up to date as the page scrolls. */
function useNear(element: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    setNear(inView(el));
    if (typeof IntersectionObserver === "undefined") return;
    const watch = new IntersectionObserver(([entry]) => setNear(entry.isIntersecting), { rootMargin: NEAR });
    watch.observe(el);
    return () => watch.disconnect();
  }, [element]);
  return near;
}

/**
 * A chart that waits for its turn behind a placeholder of about its height. Once drawn, a chart far from
 * the viewport redraws after the ones in view (a deferred value), so a filter change shows the chart being
 * read first; it catches up within the same interaction, before the reader can scroll to it.
 */
export function ChartTurn({ draw }: { draw: () => ReactNode }) {
  const slot = useRef<HTMLDivElement>(null);
  const ready = useChartTurn(slot);
  const near = useNear(slot);
  const content = ready ? draw() : null;
  const lagging = useDeferredValue(content);
  return (
    <div ref={slot} className={ready ? "chart-slot" : "chart-slot chart-pending"} aria-hidden={ready ? undefined : true}>
      {near ? content : lagging}
    </div>
  );
}
