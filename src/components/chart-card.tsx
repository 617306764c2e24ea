import { useRef, type ReactNode } from "react";
import { useProgress } from "../data/progress";
import { MESSAGES as M } from "../messages";
import { useViewStore } from "../state/view-store";
import { ChartTurn } from "./chart-turn";
import { ShareMenu, type ShareSpec } from "./share-menu";
import { ErrorState, LoadingState } from "./states";

type Props = {
  id: string;
  title: string;
  subtitle: string;
  sourceLine: string;
  /** The dataset(s) behind the chart: loading or failed ones show a state instead of the chart. */
  status: { loading: { file?: string }[]; errors: { name: string; error: unknown; retry: () => void }[] };
  empty: boolean;
  onReset: () => void;
  chart: () => ReactNode;
  table: () => ReactNode;
  footer?: ReactNode;
  share?: ShareSpec;
};

/** Title, subtitle and source line around a chart, its table, or its loading, empty or error state. */
export function ChartCard({ id, title, subtitle, sourceLine, status, empty, onReset, chart, table, footer, share }: Props) {
  const ref = useRef<HTMLElement>(null);
  const showTable = useViewStore((s) => s.table === "1");
  const embedded = useViewStore((s) => s.embed === "1");
  const setView = useViewStore((s) => s.set);
  const progress = useProgress(status.loading[0]?.file);
  const failed = status.errors[0];
  let body: ReactNode;
  if (failed) body = <ErrorState title={M.datasetFailed(failed.name)} error={failed.error} onRetry={failed.retry} />;
  else if (status.loading.length > 0) body = <LoadingState label={M.loadingData} progress={progress} />;
  else if (empty)
    body = (
      <div className="state state-empty" role="status">
        <p>{M.nothingMatches}</p>
        <button type="button" onClick={onReset}>{M.resetFilters}</button>
      </div>
    );
  else body = showTable ? table() : <ChartTurn draw={chart} />;
  const ready = !failed && status.loading.length === 0 && !empty;
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`} ref={ref} data-card={id}>
      <header className="chart-card-header">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          <p className="subtitle">{subtitle}</p>
        </div>
        <button type="button" className="toggle" aria-pressed={showTable} onClick={() => setView({ table: showTable ? "0" : "1" })}>
          {M.showTable}
        </button>
      </header>
      {body}
      <p className="source-line">{sourceLine}</p>
      {footer}
      {share && ready && !embedded && <ShareMenu cardId={id} title={title} subtitle={subtitle} sourceLine={sourceLine} share={share} card={ref} />}
    </section>
  );
}
