import { lazy, useCallback, useState } from "react";

/** Loaded once, on the first chart a reader points at or moves into by keyboard; every chart after that has it at once. */
export const LazyTooltip = lazy(() => import("./chart-tooltip"));

let wanted = false;

/** Whether a chart should carry its tooltip, and the handler that asks for it. */
export function useTooltipWanted(): [boolean, () => void] {
  const [on, setOn] = useState(wanted);
  const want = useCallback(() => {
    wanted = true;
    setOn(true);
  }, []);
  return [on, want];
}
