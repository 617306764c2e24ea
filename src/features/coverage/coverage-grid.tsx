import { joinList } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import type { CoverageCell, CoverageLine, CoverageMap, CoverageScope } from "../../lib/coverage";
import { measureName, type Label } from "../../lib/observation-series";
import { serializeView } from "../../state/url-codec";
import { useViewStore } from "../../state/view-store";
import { cellView } from "./coverage-link";

type Props = { map: CoverageMap; label: Label; counts: { name: string; rows: number }[] };

const SCOPES: CoverageScope[] = ["korea-japan", "domestic", "context"];
function lineLabel(line: CoverageLine, label: Label): string {
  const flow = line.direction.includes("-") ? label("direction", line.direction)
    : [line.reporter, line.partner].filter((c, i) => c !== "" && (i === 0 || c !== line.reporter)).map((c) => label("area", c)).join(" → ");
  return [label("indicator", line.indicator), flow, label("sector", line.sector)].filter(Boolean).join(" · ");
}

/** The map as a table: a row per line, a column per year, a link in every filled cell, and a blank for every gap. */
export function CoverageGrid({ map, label, counts }: Props) {
  const { t } = useT();
  const total = counts.reduce((sum, c) => sum + c.rows, 0);
  const undated = map.lines.reduce((sum, l) => sum + l.undated.length, 0);
  const summary = t("coverageSummary", {
    rows: total, datasets: joinList(counts.map((c) => c.name)), inMap: total - undated - map.outside.length, undated, outside: map.outside.length,
  });
  return (
    <>
      <p className="coverage-summary" data-rows={total}>{summary}</p>
      <p className="coverage-key">{t("coverageKey")}</p>
      <div className="table-wrap coverage-wrap" tabIndex={0} role="region" aria-label={t("coverageTitle")}>
        <table className="coverage-grid">
          <caption>{summary}</caption>
          <thead>
            <tr>
              <th scope="col" className="coverage-line">{t("coverageLine")}</th>
              {map.years.map((y) => <th key={y} scope="col" className="coverage-year">{y}</th>)}
              <th scope="col">{t("coverageUndated")}</th>
              <th scope="col">{t("coverageFigures")}</th>
            </tr>
          </thead>
          {SCOPES.map((scope) => {
            // A single title's or act's figures (sector "film:Suzume") come after the sectors' own lines.
            const lines = map.lines.filter((l) => l.scope === scope).sort((a, b) => Number(a.sector.includes(":")) - Number(b.sector.includes(":")));
            return lines.length > 0 && (
              <tbody key={scope}>
                <tr><th scope="colgroup" colSpan={map.years.length + 3} className="coverage-scope">{t(`coverageScope.${scope}`)}</th></tr>
                {lines.map((line) => <LineRow key={line.key} line={line} label={label} />)}
              </tbody>
            );
          })}
        </table>
      </div>
    </>
  );
}

function LineRow({ line, label }: { line: CoverageLine; label: Label }) {
  const figures = line.cells.reduce((sum, c) => sum + c.rows.length, 0) + line.undated.length;
  return (
    <tr data-line={line.key}>
      <th scope="row" className="coverage-line">{lineLabel(line, label)}</th>
      {line.cells.map((cell) => <Cell key={cell.year} line={line} cell={cell} label={label} />)}
      <td className="num" data-rows={line.undated.length}>{line.undated.length || ""}</td>
      <td className="num">{figures}</td>
    </tr>
  );
}

function Cell({ line, cell, label }: { line: CoverageLine; cell: CoverageCell; label: Label }) {
  const { t } = useT();
  const lang = useViewStore((s) => s.lang);
  const v = useViewStore((s) => s.v);
  const set = useViewStore((s) => s.set);
  if (!cell.filled) return <td className="coverage-gap" data-rows={0}><span className="visually-hidden">{t("coverageGap", { year: cell.year })}</span></td>;
  const target = cellView(cell.rows[0].dataset, line, cell.year, { lang, v });
  const measures = joinList([...new Set(cell.rows.map((ref) => measureName(ref.row, label)))]);
  const text = t("coverageCell", { year: cell.year, n: cell.rows.length, measures, sources: cell.sourceIds.length });
  const name = cell.fullYear ? text : t("withNote", { text, note: t("coveragePartYear") });
  const kind = ["coverage-filled", cell.fullYear ? "" : "coverage-part", cell.measures.length > 1 ? "coverage-multi" : ""].filter(Boolean).join(" ");
  return (
    <td className={kind} data-rows={cell.rows.length} data-measures={cell.measures.length}>
      <a href={serializeView(target) || "?"} aria-label={name} title={name}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey) return;
          e.preventDefault();
          set(target);
          window.scrollTo(0, 0);
        }}>
        {cell.sourceIds.length}
      </a>
    </td>
  );
}
