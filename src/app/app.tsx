import { AboutData } from "../components/about-data";
import { AfterPaint } from "../components/after-paint";
import { EventsPanel } from "../components/events-panel";
import { LanguageSwitch } from "../components/language-switch";
import { permalink } from "../components/permalink";
import { LoadingState } from "../components/states";
import { VersionNotice } from "../components/version-notice";
import { YearRange } from "../components/year-range";
import { useT } from "../i18n/use-t";
import { useViewStore } from "../state/view-store";
import { useView } from "./view-modules";
import { ViewTabs } from "./view-tabs";

/** Views that show their own whole range of years and no timeline beside them. */
const WHOLE_RANGE = new Set(["overview", "coverage"]);

/**
 * An embed of one chart hides everything else of its view (filters and other sections) and the switch to its
 * table, but only while that chart is on the page.
 */
const singleCardStyle = (card: string) =>
  `.view:has(> [data-card="${card}"]) > :not([data-card="${card}"]), [data-card="${card}"] .chart-card-header .toggle { display: none; }`;

export function App() {
  const { t } = useT();
  const view = useViewStore((s) => s.view);
  const embedded = useViewStore((s) => s.embed === "1");
  const controls = useViewStore((s) => (s.card ? s.controls === "1" : s.controls !== "0"));
  const card = useViewStore((s) => s.card);
  const View = useView(view);
  const years = !WHOLE_RANGE.has(view);
  const body = View ? <View /> : <LoadingState label={t("loadingView")} />;
  if (embedded) {
    return (
      <div className={`page embed${controls ? "" : " no-controls"}`}>
        {card && <style>{singleCardStyle(card)}</style>}
        <VersionNotice />
        {controls && years && <YearRange />}
        {body}
        <footer className="embed-footer">
          <a href={permalink(undefined)} target="_blank" rel="noopener">{t("viewFull")}</a>
          <LanguageSwitch />
        </footer>
      </div>
    );
  }
  return (
    <div className="page">
      <a className="skip-link" href="#main">{t("skipToMain")}</a>
      <header className="page-header">
        <LanguageSwitch />
        <h1>{t("appTitle")}</h1>
        <p>{t("appSubtitle")}</p>
        <ViewTabs />
      </header>
      <div className={years ? "layout" : "layout layout-wide"}>
        <main id="main" tabIndex={-1}>
          <VersionNotice />
          {years && <YearRange />}
          {body}
        </main>
        {years && (
          <aside className="sidebar">
            <AfterPaint>
              <EventsPanel />
            </AfterPaint>
          </aside>
        )}
      </div>
      <footer className="page-footer">
        <AfterPaint>
          <AboutData />
        </AfterPaint>
      </footer>
    </div>
  );
}
