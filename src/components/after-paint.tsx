import { useEffect, useState, type ReactNode } from "react";

/**
 * A part of the page the first chart does not need (the timeline beside it, controls below it, the footer),
 * drawn a frame after it mounts: the page's first paint, with its first chart, does not wait for it.
 */
export function AfterPaint({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
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
  return shown ? children : null;
}
