import { useMemo, useState } from "react";
import { DataTable } from "../../components/data-table";
import { TableDownload } from "../../components/table-download";
import { netflixListTable } from "../../lib/export-tables";
import { useDataset } from "../../components/use-dataset";
import type { NetflixListRow } from "../../data/schemas";
import { COUNTRIES, MESSAGES as M, ORIGIN_NAMES } from "../../messages";
import { LoadingState } from "../../components/states";
import { useProgress } from "../../data/progress";
import { useViewStore } from "../../state/view-store";

function useLists(wanted = true) {
  return useDataset("netflix-lists", "netflixList", wanted);
}

/** The full top 10 of a country for one week, with each title's origin. */
export function NetflixWeekList({ week, country }: { week: string; country: string }) {
  const lists = useLists();
  const progress = useProgress(lists.entry?.file);
  if (lists.error) return <p role="alert">{M.datasetFailed("netflix-lists")} {String(lists.error)}</p>;
  if (!lists.rows) return <LoadingState label={M.loadingData} progress={progress} />;
  const rows = lists.rows.filter((r) => r.week === week && r.country === country);
  const attribution = lists.entry?.sources[0]?.attribution ?? "";
  return (
    <>
      <TableDownload dataset="netflix-lists" extra={{ week, country }} table={() => netflixListTable(rows, attribution)} />
      <DataTable caption={M.fullList(COUNTRIES[country], week)} rows={rows} rowKey={(r) => `${r.category}${r.rank}`} columns={[
      { key: "category", label: M.colList, cell: (r) => r.category },
      { key: "rank", label: M.colRank, numeric: true, cell: (r) => r.rank },
      { key: "title", label: M.colTitle, cell: (r) => (r.season ? `${r.title} (${r.season})` : r.title) },
      { key: "origin", label: M.colOrigin, cell: (r) => <span className={`origin origin-${r.origin}`}>{ORIGIN_NAMES[r.origin]}</span> },
      { key: "weeks", label: M.colWeeksIn, numeric: true, cell: (r) => r.weeksInTop10 },
      ]} />
    </>
  );
}

const MAX_MATCHES = 12;

/** Titles containing the search text, ignoring case. */
export function matchTitles(titles: string[], q: string): string[] {
  const needle = q.trim().toLowerCase();
  return titles.filter((t) => t.toLowerCase().includes(needle));
}

/** Find a title and see every week it spent in Japan's or Korea's top 10. */
export function TitleRun() {
  const q = useViewStore((s) => s.q) ?? "";
  const set = useViewStore((s) => s.set);
  // The full lists are large: they load once the reader turns to the search, or a link carries one.
  const [searching, setSearching] = useState(false);
  const lists = useLists(searching || q !== "");
  const progress = useProgress(lists.entry?.file);
  const titles = useMemo(() => [...new Set((lists.rows ?? []).map((r) => r.title))].sort(), [lists.rows]);
  const exact = titles.find((t) => t.toLowerCase() === q.trim().toLowerCase());
  const matches = useMemo(() => (q.trim() && !exact ? matchTitles(titles, q) : []), [titles, q, exact]);
  const run: NetflixListRow[] = useMemo(() => (lists.rows ?? []).filter((r) => r.title === exact), [lists.rows, exact]);
  return (
    <section className="title-run" aria-labelledby="title-run-heading">
      <h2 id="title-run-heading">{M.findTitle}</h2>
      <label className="field">
        <span>{M.titleLabel}</span>
        <input type="search" list="netflix-titles" value={q} onFocus={() => setSearching(true)} onChange={(e) => set({ q: e.target.value || undefined })} />
      </label>
      {lists.error ? <p role="alert">{M.datasetFailed("netflix-lists")} {String(lists.error)}</p> : null}
      {q.trim() && lists.isLoading && <LoadingState label={M.loadingData} progress={progress} />}
      <datalist id="netflix-titles">
        {titles.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      {matches.length > 0 && (
        <div className="title-matches">
          <p>{M.titleMatches(matches.length)}</p>
          <ul>
            {matches.slice(0, MAX_MATCHES).map((t) => (
              <li key={t}><button type="button" onClick={() => set({ q: t })}>{t}</button></li>
            ))}
          </ul>
        </div>
      )}
      {q.trim() && !exact && matches.length === 0 && lists.rows && <p>{M.noRun(q)}</p>}
      {run.length > 0 && <TableDownload dataset="netflix-lists" extra={{ title: exact ?? q }} table={() => netflixListTable(run, lists.entry?.sources[0]?.attribution ?? "")} />}
      {run.length > 0 && (
        <DataTable caption={M.runOf(exact ?? q, ORIGIN_NAMES[run[0].origin])} rows={run} rowKey={(r) => `${r.week}${r.country}${r.category}${r.rank}`} columns={[
          { key: "week", label: M.colWeek, cell: (r) => r.week },
          { key: "country", label: M.colCountry, cell: (r) => COUNTRIES[r.country] },
          { key: "category", label: M.colList, cell: (r) => r.category },
          { key: "season", label: M.colSeason, cell: (r) => r.season },
          { key: "rank", label: M.colRank, numeric: true, cell: (r) => r.rank },
        ]} />
      )}
    </section>
  );
}
