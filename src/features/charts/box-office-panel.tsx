import { useCallback, useMemo } from "react";
import { DataTable } from "../../components/data-table";
import { TableDownload } from "../../components/table-download";
import { filmTable } from "../../lib/export-tables";
import { SelectField } from "../../components/select-field";
import { UnitCharts } from "../../components/unit-charts";
import { useLabels } from "../../components/use-labels";
import { useDataset } from "../../components/use-dataset";
import type { ObservationRow } from "../../data/schemas";
import { formatNumber } from "../../lib/format";
import { describeSeries, isCited, seriesKey } from "../../lib/observation-series";
import { observationIdentity } from "../../lib/series-identity";
import { COUNTRIES, MESSAGES as M } from "../../messages";
import { useViewStore } from "../../state/view-store";

/** Shares of admissions in Korean cinemas: Japanese films, and all foreign films for scale. */
export function selectAdmissionShares(rows: ObservationRow[]): ObservationRow[] {
  return rows.filter((r) => r.reporter === "KOR" && r.indicator === "box_office_share_admissions" && ["JPN", "FOREIGN"].includes(r.partner) && r.sector === "film");
}

export function BoxOfficePanel() {
  const state = useDataset("box-office", "observation");
  const films = useDataset("box-office-films", "film");
  const label = useLabels();
  const reset = useViewStore((s) => s.reset);
  const lists = [...new Set((films.rows ?? []).map((f) => `${f.list}|${f.asOf}`))];
  const list = useViewStore((s) => s.films);
  const set = useViewStore((s) => s.set);
  const chosen = (list && lists.includes(list) ? list : undefined) ?? lists.find((l) => l.endsWith("2025-06-05")) ?? lists[0];
  const shown = (films.rows ?? []).filter((f) => `${f.list}|${f.asOf}` === chosen);
  const series = useCallback((r: ObservationRow) => ({
    key: seriesKey(r), identity: observationIdentity(r, "origin"), pointsOnly: isCited(r), label: `${COUNTRIES[r.partner]} · ${describeSeries(r, label, ["measure"])}`, hollow: r.basis === "computed",
  }), [label]);
  const shares = useMemo(() => selectAdmissionShares(state.rows ?? []), [state.rows]);
  const onReset = useCallback(() => reset(["from", "to"]), [reset]);
  return (
    <>
      <UnitCharts id="boxoffice" title={M.boxOfficeTitle} subtitle={M.boxOfficeSubtitle} rows={shares}
        seriesOf={series} state={state} onReset={onReset} />
      <section className="films" aria-labelledby="films-heading">
        <h2 id="films-heading">{M.filmsTitle}</h2>
        {films.error && <p role="alert">{M.datasetFailed("box-office-films")} {String(films.error)}</p>}
        {lists.length > 0 && (
          <SelectField name="list" label={M.filmList} value={chosen ?? ""} onChange={(v) => set({ films: v })}
            options={lists.map((l) => ({ value: l, label: M.listAsOf(l.split("|")[0], l.split("|")[1]) }))} />
        )}
        {shown.length > 0 && <TableDownload dataset="box-office-films" extra={{ list: chosen ?? "" }} table={() => filmTable(shown, films.entry?.sources.map((s) => s.attribution).join("; ") ?? "")} />}
        <DataTable caption={M.filmsTitle} rows={shown} rowKey={(f) => `${f.rank}${f.title}`} columns={[
          { key: "rank", label: M.colRank, numeric: true, cell: (f) => f.rank },
          { key: "title", label: M.colTitle, cell: (f) => f.title },
          { key: "release", label: M.colRelease, cell: (f) => f.releaseDate ?? "" },
          { key: "admissions", label: M.colAdmissions, numeric: true, cell: (f) => `${formatNumber(f.admissions)}${f.seoulOnly === "yes" ? ` (${M.seoulOnly})` : ""}` },
        ]} />
        <p className="source-line">{films.entry?.sources[0]?.attribution}</p>
      </section>
    </>
  );
}
