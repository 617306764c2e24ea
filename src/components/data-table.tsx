import { lazy, Suspense, type ReactNode } from "react";
import { useT } from "../i18n/use-t";
import { LoadingState } from "./states";

/**
 * `short`: a few words or a date, kept on one line (Korean and Japanese words would otherwise break anywhere in a narrow column).
 * `sort`: the value the column sorts by, when it is not the text of its cell (a number, a date).
 */
export type TableColumn<T> = { key: string; label: string; cell: (row: T) => ReactNode; numeric?: boolean; short?: boolean; sort?: (row: T) => string | number | null };

export type TableProps<T> = { caption: string; columns: TableColumn<T>[]; rows: T[]; rowKey: (row: T, index: number) => string };

// lazy() drops the row type of a generic component; the module exports it with its type parameter.
const SortableTable = lazy(() => import("./sortable-table")) as unknown as typeof import("./sortable-table").default;

/** The rows behind a chart, as an accessible table that sorts by any column; its code loads with the first table shown. */
export function DataTable<T>(props: TableProps<T>) {
  const { t } = useT();
  return (
    <Suspense fallback={<LoadingState label={t("loadingData")} />}>
      <SortableTable {...props} />
    </Suspense>
  );
}
