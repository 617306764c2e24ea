import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { ExportHeight } from "../charts/export-height";

export type FrameSize = { width: number; height: number };

/**
 * A chart drawn off screen at the size an image export lays out for it. `render` resolves with the element
 * holding it once it is mounted (null removes it); the export then waits for it to settle.
 */
export function useExportFrame(draw: () => ReactNode) {
  const [size, setSize] = useState<FrameSize | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const waiting = useRef<((element: HTMLElement | null) => void) | null>(null);
  useLayoutEffect(() => {
    const resolve = waiting.current;
    waiting.current = null;
    resolve?.(box.current);
  }, [size]);
  const render = useCallback((next: FrameSize | null) => new Promise<HTMLElement | null>((resolve) => {
    if (next === null) {
      setSize(null);
      return resolve(null);
    }
    waiting.current = resolve;
    setSize({ ...next });
  }), []);
  const frame = size && createPortal(
    <div ref={box} className="chart-export" style={{ width: size.width }} aria-hidden="true">
      <ExportHeight.Provider value={size.height}>{draw()}</ExportHeight.Provider>
    </div>,
    document.body,
  );
  return { frame, render };
}
