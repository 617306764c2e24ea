import { useLayoutEffect, useRef, useState } from "react";

/** The rendered width of an element, measured before the first paint (so a chart is not drawn twice) and followed as it resizes. */
export function useWidth<T extends HTMLElement>(initial = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    if (!ref.current || typeof ResizeObserver === "undefined") return;
    setWidth(ref.current.getBoundingClientRect().width || initial);
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [initial]);
  return [ref, width] as const;
}
