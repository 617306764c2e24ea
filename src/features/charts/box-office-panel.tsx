import { useCallback, useMemo } from "react";
import { DataTable } from "../../components/data-table";
import { SelectField } from "../../components/select-field";
import { TableDownload } from "../../components/table-download";
import { UnitCharts } from "../../components/unit-charts";
import { useDataset, useLabels } from "../../components/use-dataset";
import type { ObservationRow } from "../../data/schemas";
import { t as translate, withNote } from "../../i18n/i18n";
import { withoutSourcePrefix } from "../../i18n/localized";
import { useT } from "../../i18n/use-t";
import { formatDate, formatNumber } from "../../lib/format";
import { describeSeries, isCited, seriesKey } from "../../lib/observation-series";
import { observationIdentity } from "../../lib/series-identity";
import { useViewStore } from "../../state/view-store";

/** Shares of admissions in Korean cinemas: Japanese films, and all foreign films for scale. */
export function selectAdmissionShares(rows: ObservationRow[]): ObservationRow[] {
  return rows.filter((r) => r.reporter === "KOR" && r.indicator === "box_office_share_admissions" && ["JPN", "FOREIGN"].includes(r.partner) && r.sector === "film");
}

/** KOBIS names its lists "all-time top 500" and "year 2018"; anything else is shown as KOBIS names it. */
function listName(list: string): string {
  const year = /^year (\d{4})$/.exec(list)?.[1];
  if (year) return translate("filmListYear", { year });
  return list === "all-time top 500" ? translate("filmListAllTime") : list;
}

export function BoxOfficePanel() {
  const { t, lang } = useT();
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
    key: seriesKey(r), identity: observationIdentity(r, "origin"), pointsOnly: isCited(r), label: `${label("area", r.partner)} · ${describeSeries(r, label, ["measure"])}`, hollow: r.basis === "computed",
  }), [label]);
  const shares = useMemo(() => selectAdmissionShares(state.rows ?? []), [state.rows]);
  const onReset = useCallback(() => reset(["from", "to"]), [reset]);
  const listOption = (l: string) => {
    const [name, asOf] = l.split("|");
    return { value: l, label: t("listAsOf", { list: listName(name), asOf: formatDate(asOf, lang) }) };
  };
  return (
    <>
      <UnitCharts id="boxoffice" title={t("boxOfficeTitle")} subtitle={t("boxOfficeSubtitle")} rows={shares}
        seriesOf={series} state={state} onReset={onReset} />
      <section className="films" aria-labelledby="films-heading">
        <h2 id="films-heading">{t("filmsTitle")}</h2>
        {films.error && <p role="alert">{t("datasetFailed", { name: "box-office-films" })} <span lang="en">{String(films.error)}</span></p>}
        {lists.length > 0 && <SelectField name="list" label={t("filmList")} value={chosen ?? ""} onChange={(v) => set({ films: v })} options={lists.map(listOption)} />}
        {shown.length > 0 && <TableDownload dataset="box-office-films" extra={{ list: chosen ?? "" }} table={async () => (await import("../../lib/export-tables")).filmTable(shown, films.entry?.sources.map((s) => s.attribution).join("; ") ?? "")} />}
        <DataTable caption={t("filmsTitle")} rows={shown} rowKey={(f) => `${f.rank}${f.title}`} columns={[
          { key: "rank", label: t("colRank"), numeric: true, cell: (f) => f.rank, sort: (f) => f.rank },
          { key: "title", label: t("colTitle"), cell: (f) => <span translate="no">{f.title}</span> },
          { key: "release", label: t("colRelease"), short: true, cell: (f) => (f.releaseDate ? formatDate(f.releaseDate, lang, "short") : ""), sort: (f) => f.releaseDate },
          { key: "admissions", label: t("colAdmissions"), numeric: true, cell: (f) => withNote(formatNumber(f.admissions, lang), f.seoulOnly === "yes" ? t("seoulOnly") : ""), sort: (f) => f.admissions },
        ]} />
        <p className="source-line">{t("sourcesLabel", { n: 1 })} <span translate="no">{withoutSourcePrefix(films.entry?.sources[0]?.attribution ?? "")}</span></p>
      </section>
    </>
  );
}
