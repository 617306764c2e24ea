import { useMemo } from "react";
import { ErrorState, LoadingState } from "../../components/states";
import { useDataset, useLabels } from "../../components/use-dataset";
import { useExtra, useT } from "../../i18n/use-t";
import { buildCoverage } from "../../lib/coverage";
import { CoverageGrid } from "./coverage-grid";
import "./coverage.css";

/** Which years each indicator, flow and sector has figures for, from which statistics and how many sources: the gaps drawn. */
export default function CoverageView() {
  const { t, tOr } = useT();
  const label = useLabels();
  useExtra("datasets");
  const trade = useDataset("trade-flows", "observation");
  const market = useDataset("market-size", "observation");
  const share = useDataset("export-share", "observation");
  const boxOffice = useDataset("box-office", "observation");
  const map = useMemo(() => {
    const sets = [trade, market, share, boxOffice];
    return sets.every((s) => s.rows) ? buildCoverage(sets.map((s) => ({ dataset: s.id, rows: s.rows! }))) : null;
  }, [trade, market, share, boxOffice]);
  const sets = [trade, market, share, boxOffice];
  const failed = sets.find((s) => s.error);
  let body;
  if (failed) body = <ErrorState title={t("datasetFailed", { name: failed.id })} error={failed.error} onRetry={failed.refetch} />;
  else if (!map) body = <LoadingState label={t("loadingData")} />;
  else body = <CoverageGrid map={map} label={label} counts={sets.map((s) => ({ name: tOr(`dataset.${s.id}.title`, s.id), rows: s.rows!.length }))} />;
  return (
    <div className="view">
      <section className="chart-card coverage" aria-labelledby="coverage-title" data-card="coverage">
        <h2 id="coverage-title">{t("coverageTitle")}</h2>
        <p className="subtitle">{t("coverageSubtitle")}</p>
        {body}
      </section>
    </div>
  );
}
