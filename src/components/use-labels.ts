import { useMemo } from "react";
import { useDataset } from "./use-dataset";

export type Labeler = (kind: "indicator" | "sector" | "unit" | "category", key: string) => string;

/** Plain-English labels for data codes; an unlabelled code shows as itself. */
export function useLabels(): Labeler {
  const labels = useDataset("labels", "label");
  return useMemo(() => {
    const map = new Map((labels.rows ?? []).map((l) => [`${l.kind}:${l.key}`, l.label]));
    return (kind, key) => map.get(`${kind}:${key}`) ?? key;
  }, [labels.rows]);
}
