import type { ReactNode } from "react";
import { useT } from "../../i18n/use-t";

/** One window of a pair as the table shows it: the value (null when the side has none), what it rests on, and whether that is thin. */
export type SideCell = { value: string | null; detail: string; thin: boolean };
export type CompareRow = { key: string; label: ReactNode; before: SideCell; after: SideCell; change: string; note?: string };

function Side({ cell, head }: { cell: SideCell; head: string }) {
  const { t } = useT();
  return (
    <td data-label={head} className={cell.value === null ? "compare-none" : "num"}>
      {cell.value !== null && <span className="compare-value">{cell.value}</span>}
      {cell.thin && <> <abbr className="thin-mark" title={t("compare.thinTitle")}>{t("compare.thin")}</abbr></>}
      <span className="compare-detail">{cell.detail}</span>
    </td>
  );
}

/** Before, after and change of each pair; on a phone each pair becomes a block of three cells with their headings. */
export function CompareTable({ caption, beforeHead, afterHead, rows }: { caption: string; beforeHead: string; afterHead: string; rows: CompareRow[] }) {
  const { t } = useT();
  const changeHead = t("compare.change");
  return (
    <table className="compare-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("colSeries")}</th>
          <th scope="col" className="num">{beforeHead}</th>
          <th scope="col" className="num">{afterHead}</th>
          <th scope="col" className="num">{changeHead}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}{r.note && <span className="compare-detail">{r.note}</span>}</th>
            <Side cell={r.before} head={beforeHead} />
            <Side cell={r.after} head={afterHead} />
            <td data-label={changeHead} className="num">{r.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
