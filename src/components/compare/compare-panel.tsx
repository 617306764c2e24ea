import type { ReactNode } from "react";
import type { EventRow } from "../../data/schemas";
import { localized } from "../../i18n/localized";
import { useT } from "../../i18n/use-t";
import type { WindowSizes, WindowUnit } from "../../lib/compare-windows";
import { eventDate } from "../use-events";
import { CompareTable, type CompareRow } from "./compare-table";
import { WindowControls } from "./window-controls";

type Props = {
  id: string;
  event: EventRow;
  unit: WindowUnit;
  sizes: WindowSizes;
  /** Which stretches are compared, in words. */
  windows: string;
  sentence?: string;
  /** The years shown, when they cut into the windows. */
  clippedBy?: { from: number; to: number };
  table: { caption: string; beforeHead: string; afterHead: string; paired: CompareRow[]; oneSided: CompareRow[] };
  download: ReactNode;
  children?: ReactNode;
};

/** The frame of a before/after comparison under a chart: the windows, a sentence of numbers, the table, and the download. */
export function ComparePanel({ id, event, unit, sizes, windows, sentence, clippedBy, table, download, children }: Props) {
  const { t, lang } = useT();
  const headingId = `${id}-compare`;
  const { paired, oneSided, ...heads } = table;
  return (
    <section className="compare-panel" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>{t("compare.heading", { event: localized(event, "title", lang) })}</h3>
      <p className="compare-windows">{eventDate(event, lang)} · {windows}</p>
      <WindowControls unit={unit} sizes={sizes} />
      {clippedBy && <p className="notice">{t("compare.rangeNote", clippedBy)}</p>}
      {sentence && <p className="compare-sentence">{sentence}</p>}
      {paired.length > 0 ? <CompareTable {...heads} rows={paired} /> : <p role="status">{t("compare.nothingPaired")}</p>}
      {oneSided.length > 0 && (
        <details className="compare-one-sided">
          <summary>{t("compare.oneSided", { n: oneSided.length })}</summary>
          <CompareTable {...heads} caption={t("compare.oneSided", { n: oneSided.length })} rows={oneSided} />
        </details>
      )}
      {children}
      <p className="compare-key">{t("compare.key", { unit })}</p>
      {download}
    </section>
  );
}
