import { useMemo } from "react";
import type { Label } from "../lib/observation-series";
import { useDataset } from "./use-dataset";


/** Plain-English labels for data codes; an unlabelled code shows as itself. */
export function useLabels(): Label {
  const labels = useDataset("labels", "label");
  return useMemo(() => {
    const map = new Map((labels.rows ?? []).map((l) => [`${l.kind}:${l.key}`, l.label]));
    return (kind, key) => map.get(`${kind}:${key}`) ?? key;
  }, [labels.rows]);
}
