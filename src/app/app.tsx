import { lazy, Suspense } from "react";
import { DatasetList } from "../components/dataset-list";
import { EventsPanel } from "../components/events-panel";
import { LoadingState } from "../components/states";
import { YearRange } from "../components/year-range";
import { MESSAGES as M } from "../messages";
import { useViewStore } from "../state/view-store";
import { ViewTabs } from "./view-tabs";

const VIEWS = {
  trade: lazy(() => import("../features/trade/trade-view")),
  market: lazy(() => import("../features/market/market-view")),
  share: lazy(() => import("../features/share/share-view")),
  charts: lazy(() => import("../features/charts/charts-view")),
};

export function App() {
  const view = useViewStore((s) => s.view);
  const View = VIEWS[view];
  return (
    <div className="page">
      <header className="page-header">
        <h1>{M.appTitle}</h1>
        <p>{M.appSubtitle}</p>
        <ViewTabs />
      </header>
      <div className="layout">
        <main id="main">
          <YearRange />
          <Suspense fallback={<LoadingState label={M.loadingView} />}>
            <View />
          </Suspense>
        </main>
        <aside className="sidebar">
          <EventsPanel />
        </aside>
      </div>
      <footer className="page-footer">
        <details>
          <summary>{M.aboutData}</summary>
          <DatasetList />
        </details>
      </footer>
    </div>
  );
}
