import { AboutData } from "../components/about-data";
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

/** An embed of one chart hides the view's other sections, but only while that chart is on the page. */
const singleCardStyle = (card: string) =>
  `.view:has(> [data-card="${card}"]) > section:not([data-card="${card}"]) { display: none; }`;

export function App() {
  const { t } = useT();
  const view = useViewStore((s) => s.view);
  const embedded = useViewStore((s) => s.embed === "1");
  const controls = useViewStore((s) => s.controls === "1");
  const card = useViewStore((s) => s.card);
  const View = useView(view);
  const body = View ? <View /> : <LoadingState label={t("loadingView")} />;
  if (embedded) {
    return (
      <div className={`page embed${controls ? "" : " no-controls"}`}>
        {card && <style>{singleCardStyle(card)}</style>}
        <VersionNotice />
        {controls && <YearRange />}
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
      <div className="layout">
        <main id="main" tabIndex={-1}>
          <VersionNotice />
          <YearRange />
          {body}
        </main>
        <aside className="sidebar">
          <EventsPanel />
        </aside>
      </div>
      <footer className="page-footer">
        <AboutData />
      </footer>
    </div>
  );
}
