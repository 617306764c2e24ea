import type { ReactNode } from "react";

/** `short`: a few words or a date, kept on one line (Korean and Japanese words would otherwise break anywhere in a narrow column). */
export type TableColumn<T> = { key: string; label: string; cell: (row: T) => ReactNode; numeric?: boolean; short?: boolean };

const cellClass = (c: { numeric?: boolean; short?: boolean }) => [c.numeric ? "num" : "", c.short ? "short" : ""].filter(Boolean).join(" ") || undefined;

/** The rows behind a chart, as an accessible table. */
export function DataTable<T>({ caption, columns, rows, rowKey }: { caption: string; columns: TableColumn<T>[]; rows: T[]; rowKey: (row: T, index: number) => string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cellClass(c)}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)}>
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
