import type { ObservationRow } from "../data/schemas";
import { t } from "../i18n/i18n";
import { isYearly } from "./observation-series";

export type NotDrawn = "noYear" | "partOfYear" | "outsideRange";

/** Why the chart leaves a row out, or null when the chart draws it (a full year inside the chosen range). */
export function notDrawnReason(row: ObservationRow, range: { from: number; to: number }): NotDrawn | null {
  if (row.year === null) return "noYear";
  if (!isYearly(row)) return "partOfYear";
  if (row.year < range.from || row.year > range.to) return "outsideRange";
  return null;
}

/** The rows with their reasons, drawn rows first; each group keeps its order. */
export function drawnFirst(rows: ObservationRow[], range: { from: number; to: number }) {
  const marked = rows.map((row) => ({ row, reason: notDrawnReason(row, range) }));
  return [...marked.filter((m) => m.reason === null), ...marked.filter((m) => m.reason !== null)];
}

/** The two cells that say whether a row is drawn and, if not, why, in the page's language. */
export const drawnCells = (reason: NotDrawn | null) =>
  reason === null ? [t("csvDrawnYes"), ""] : [t("csvDrawnNo"), t(`csvNotDrawn.${reason}`)];
