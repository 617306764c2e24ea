import { useState } from "react";
import type { Table } from "../lib/csv";
import { exportFileName } from "../lib/file-name";
import { loadExtra } from "../i18n/i18n";
import { useT } from "../i18n/use-t";
import { activeFilters } from "../state/url-codec";
import { currentView } from "../state/view-store";

/** A CSV of exactly the rows of a table on the page; the code that writes it loads on the first click. */
export function TableDownload({ dataset, table, extra = {}, label }: { dataset: string; table: () => Promise<Table>; extra?: Record<string, string>; label?: string }) {
  const { t, lang } = useT();
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    let code: [typeof import("../lib/csv"), typeof import("../lib/download"), void];
    try {
      code = await Promise.all([import("../lib/csv"), import("../lib/download"), loadExtra("exports", lang)]);
    } catch (e) {
      return setError(e instanceof Error ? e.message : String(e));
    }
    const [{ writeCsv }, { saveBlob }] = code;
    const name = exportFileName(dataset, { ...activeFilters(currentView()), ...extra }, new Date().toISOString().slice(0, 10), "csv");
    saveBlob(new Blob([writeCsv(await table())], { type: "text/csv;charset=utf-8" }), name);
  };
  return (
    <>
      <button type="button" className="table-download" onClick={save}>{label ?? t("downloadCsv")}</button>
      {error && <p role="alert" lang="en">{error}</p>}
    </>
  );
}
