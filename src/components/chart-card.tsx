import { useState, type ReactNode } from "react";
import { useProgress } from "../data/progress";
import { useT } from "../i18n/use-t";
import { useViewStore } from "../state/view-store";
import { AfterPaint } from "./after-paint";
import { ChartTurn } from "./chart-turn";
import { ShareMenu, type ShareSpec } from "./share-menu";
import { ErrorState, LoadingState } from "./states";

type Props = {
  id: string;
  title: string;
  subtitle: string;
  /** Who published the figures, most important first, as they name themselves (never translated). */
  sources: string[];
  /** The dataset(s) behind the chart: loading or failed ones show a state instead of the chart. */
  status: { loading: { file?: string }[]; errors: { name: string; error: unknown; retry: () => void }[] };
  empty: boolean;
  onReset: () => void;
  chart: () => ReactNode;
  table: () => ReactNode;
  footer?: ReactNode;
  share?: ShareSpec;
};

const SHOWN_SOURCES = 4;

/** Title, subtitle and source line around a chart, its table, or its loading, empty or error state. */
export function ChartCard({ id, title, subtitle, sources, status, empty, onReset, chart, table, footer, share }: Props) {
  const { t } = useT();
  // `table=1` opens every card as a table; each card's toggle then switches that card alone.
  const tableFirst = useViewStore((s) => s.table === "1");
  const [showTable, setShowTable] = useState(tableFirst);
  const embedded = useViewStore((s) => s.embed === "1");
  const progress = useProgress(status.loading[0]?.file);
  const failed = status.errors[0];
  const names = sources.slice(0, SHOWN_SOURCES).join("; ");
  const more = sources.length > SHOWN_SOURCES ? ` ${t("andMore", { n: sources.length - SHOWN_SOURCES })}` : "";
  const sourceLabel = t("sourcesLabel", { n: sources.length });
  let body: ReactNode;
  if (failed) body = <ErrorState title={t("datasetFailed", { name: failed.name })} error={failed.error} onRetry={failed.retry} />;
  else if (status.loading.length > 0) body = <LoadingState label={t("loadingData")} progress={progress} />;
  else if (empty)
    body = (
      <div className="state state-empty" role="status">
        <p>{t("nothingMatches")}</p>
        <button type="button" onClick={onReset}>{t("resetFilters")}</button>
      </div>
    );
  else body = showTable ? table() : <ChartTurn draw={chart} />;
  const ready = !failed && status.loading.length === 0 && !empty;
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`} data-card={id}>
      <header className="chart-card-header">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          <p className="subtitle">{subtitle}</p>
        </div>
        <button type="button" className="toggle" aria-controls={`${id}-body`} onClick={() => setShowTable(!showTable)}>
          {showTable ? t("showChart") : t("showTable")}
        </button>
      </header>
      <div id={`${id}-body`}>{body}</div>
      <p className="source-line">{sourceLabel} <span translate="no">{names}</span>{more}</p>
      {footer}
      {share && ready && !embedded && (
        <AfterPaint>
          <ShareMenu cardId={id} title={title} subtitle={subtitle} sourceLine={`${sourceLabel} ${names}${more}`} share={share} draw={chart} />
        </AfterPaint>
      )}
    </section>
  );
}
