import { writeCsv, type Table } from "../lib/csv";
import { saveBlob } from "../lib/download";
import { exportFileName } from "../lib/file-name";
import { MESSAGES as M } from "../messages";
import { activeFilters } from "../state/url-codec";
import { currentView } from "../state/view-store";

/** A CSV of exactly the rows of a table on the page. */
export function TableDownload({ dataset, table, extra = {} }: { dataset: string; table: () => Table; extra?: Record<string, string> }) {
  const save = () => {
    const name = exportFileName(dataset, { ...activeFilters(currentView()), ...extra }, new Date().toISOString().slice(0, 10), "csv");
    saveBlob(new Blob([writeCsv(table())], { type: "text/csv;charset=utf-8" }), name);
  };
  return (
    <button type="button" className="table-download" onClick={save}>{M.downloadCsv}</button>
  );
}
