import { useLayoutEffect, useRef, useState } from "react";

/**
 * The rendered width of an element, followed as it resizes: undefined until measured (before the first paint),
 * so that a chart is drawn once, at its own width, rather than first at a guess. `fallback` where the first
 * measure finds no layout (a width of 0, as in tests).
 */
export function useWidth<T extends HTMLElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.getBoundingClientRect().width || fallback);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}
