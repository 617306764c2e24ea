import { useMemo } from "react";
import { localized } from "../i18n/localized";
import { useT } from "../i18n/use-t";
import type { Label } from "../lib/observation-series";
import { useDataset } from "./use-dataset";

/** Names of data codes in the page's language; an unlabelled code shows as itself. */
export function useLabels(): Label {
  const labels = useDataset("labels", "label");
  const { lang } = useT();
  return useMemo(() => {
    const map = new Map((labels.rows ?? []).map((l) => [`${l.kind}:${l.key}`, localized(l, "label", lang)]));
    return (kind, key) => map.get(`${kind}:${key}`) ?? key;
  }, [labels.rows, lang]);
}
