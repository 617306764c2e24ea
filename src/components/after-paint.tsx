import { useEffect, useState, type ReactNode } from "react";

/**
 * False until a frame after the component mounts (or at once when `wait` is false): what waits for it is drawn after
 * the page's first paint, which then does not wait for it.
 */
export function useAfterPaint(wait = true): boolean {
  const [shown, setShown] = useState(!wait);
  useEffect(() => {
    if (shown) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown]);
  return shown;
}

/** A part of the page the first chart does not need (the timeline beside it, controls below it, the footer), drawn a frame after it mounts. */
export function AfterPaint({ children }: { children: ReactNode }) {
  return useAfterPaint() ? children : null;
}
