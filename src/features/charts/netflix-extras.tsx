import { useMemo } from "react";
import { DataTable } from "../../components/data-table";
import { LoadingState } from "../../components/states";
import { TableDownload } from "../../components/table-download";
import { useDataset, useLabels } from "../../components/use-dataset";
import { useProgress } from "../../data/progress";
import type { Language } from "../../i18n/languages";
import { withNote } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { netflixListTable } from "../../lib/export-tables";
import { formatDate } from "../../lib/format";
import { useViewStore } from "../../state/view-store";
import { findTitle, matchTitles, uniqueTitles, type NamedTitle } from "./match-titles";
import { TITLE_LIST } from "./title-run";

const useLists = () => useDataset("netflix-lists", "netflixList");

/** Netflix's English name, and the title's name in the page's language where it is recorded. */
function displayName(t: NamedTitle, lang: Language): string {
  const native = lang === "ko" ? t.titleKo : lang === "ja" ? t.titleJa : undefined;
  return native && native !== t.title ? withNote(t.title, native) : t.title;
}

/** The full top 10 of a country for one week, with each title's origin. */
export function NetflixWeekList({ week, country }: { week: string; country: string }) {
  const { t, lang } = useT();
  const label = useLabels();
  const lists = useLists();
  const progress = useProgress(lists.file);
  if (lists.error) return <p role="alert">{t("datasetFailed", { name: "netflix-lists" })} <span lang="en">{String(lists.error)}</span></p>;
  if (!lists.rows) return <LoadingState label={t("loadingData")} progress={progress} />;
  const rows = lists.rows.filter((r) => r.week === week && r.country === country);
  const attribution = lists.entry?.sources[0]?.attribution ?? "";
  return (
    <>
      <TableDownload dataset="netflix-lists" extra={{ week, country }} table={async () => netflixListTable(rows, attribution)} />
      <DataTable caption={t("fullList", { country: label("country", country), week: formatDate(week, lang) })} rows={rows} rowKey={(r) => `${r.category}${r.rank}`} columns={[
        { key: "category", label: t("colList"), short: true, cell: (r) => label("list", r.category) },
        { key: "rank", label: t("colRank"), numeric: true, cell: (r) => r.rank },
        { key: "title", label: t("colTitle"), cell: (r) => <span translate="no">{displayName(r, lang)}{r.season ? ` (${r.season})` : ""}</span> },
        { key: "origin", label: t("colOrigin"), short: true, cell: (r) => <span className={`origin origin-${r.origin}`}>{label("origin", r.origin)}</span> },
        { key: "weeks", label: t("colWeeksIn"), numeric: true, cell: (r) => r.weeksInTop10 },
      ]} />
    </>
  );
}

const MAX_MATCHES = 12;

/** What a title search finds: close names to choose from, or every week the title spent in Japan's or Korea's top 10. */
export function TitleResults({ q }: { q: string }) {
  const { t, lang } = useT();
  const label = useLabels();
  const set = useViewStore((s) => s.set);
  const lists = useLists();
  const progress = useProgress(lists.file);
  const titles = useMemo(() => uniqueTitles(lists.rows ?? []), [lists.rows]);
  const exact = useMemo(() => findTitle(titles, q), [titles, q]);
  const matches = useMemo(() => (q.trim() && !exact ? matchTitles(titles, q) : []), [titles, q, exact]);
  const run = useMemo(() => (lists.rows ?? []).filter((r) => r.title === exact?.title), [lists.rows, exact]);
  const names = useMemo(() => [...new Set(titles.flatMap((n) => [n.title, n.titleKo, n.titleJa].filter((x): x is string => !!x)))], [titles]);
  return (
    <>
      {lists.error ? <p role="alert">{t("datasetFailed", { name: "netflix-lists" })} <span lang="en">{String(lists.error)}</span></p> : null}
      {q.trim() && lists.isLoading && <LoadingState label={t("loadingData")} progress={progress} />}
      <datalist id={TITLE_LIST}>
        {names.map((n) => <option key={n} value={n} />)}
      </datalist>
      {matches.length > 0 && (
        <div className="title-matches">
          <p>{matches.length > MAX_MATCHES ? t("titleMatchesFirst", { n: matches.length, shown: MAX_MATCHES }) : t("titleMatches", { n: matches.length })}</p>
          <ul translate="no">
            {matches.slice(0, MAX_MATCHES).map((m) => (
              <li key={m.title}><button type="button" onClick={() => set({ q: m.title })}>{displayName(m, lang)}</button></li>
            ))}
          </ul>
        </div>
      )}
      {q.trim() && !exact && matches.length === 0 && lists.rows && <p>{t("noRun", { q })}</p>}
      {exact && run.length > 0 && (
        <>
          <TableDownload dataset="netflix-lists" extra={{ title: exact.title }} table={async () => netflixListTable(run, lists.entry?.sources[0]?.attribution ?? "")} />
          <DataTable caption={t("runOf", { title: displayName(exact, lang), origin: label("origin", run[0].origin) })} rows={run} rowKey={(r) => `${r.week}${r.country}${r.category}${r.rank}`} columns={[
            { key: "week", label: t("colWeek"), short: true, cell: (r) => formatDate(r.week, lang, "short") },
            { key: "country", label: t("colCountry"), short: true, cell: (r) => label("country", r.country) },
            { key: "category", label: t("colList"), short: true, cell: (r) => label("list", r.category) },
            { key: "season", label: t("colSeason"), cell: (r) => <span translate="no">{r.season}</span> },
            { key: "rank", label: t("colRank"), numeric: true, cell: (r) => r.rank },
          ]} />
        </>
      )}
    </>
  );
}
