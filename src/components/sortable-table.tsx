import { useMemo, useState, type ReactNode } from "react";
import { useT } from "../i18n/use-t";
import { sortRows, type SortOrder } from "../lib/sort-rows";
import type { TableProps } from "./data-table";


const cellClass = (c: { numeric?: boolean; short?: boolean }) => [c.numeric ? "num" : "", c.short ? "short" : ""].filter(Boolean).join(" ") || undefined;

const textOf = (node: ReactNode): string =>
  typeof node === "string" || typeof node === "number" ? String(node)
    : Array.isArray(node) ? node.map(textOf).join("")
      : node && typeof node === "object" && "props" in node ? textOf((node.props as { children?: ReactNode }).children) : "";

/** The rows behind a chart, as an accessible table that sorts by any column (first click ascending, then descending). */
export default function SortableTable<T>({ caption, columns, rows, rowKey }: TableProps<T>) {
  const { t } = useT();
  const [order, setOrder] = useState<SortOrder | undefined>();
  const keyed = useMemo(() => rows.map((row, i) => ({ row, key: rowKey(row, i) })), [rows, rowKey]);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === order?.key);
    if (!column || !order) return keyed;
    const value = column.sort ?? ((r: T) => textOf(column.cell(r)));
    return sortRows(keyed, (k) => value(k.row), order.direction);
  }, [keyed, columns, order]);
  const toggle = (key: string) => setOrder(order?.key === key && order.direction === "ascending" ? { key, direction: "descending" } : { key, direction: "ascending" });
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t("tableLabel", { caption })}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cellClass(c)} aria-sort={order?.key === c.key ? order.direction : undefined}>
                <button type="button" className="sort" onClick={() => toggle(c.key)}>
                  {c.label}
                  <span aria-hidden="true" className="sort-mark">{order?.key === c.key ? (order.direction === "ascending" ? "▲" : "▼") : "↕"}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map(({ row, key }) => (
            <tr key={key}>
              {columns.map((c) => (
                <td key={c.key} className={cellClass(c)}>{c.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
