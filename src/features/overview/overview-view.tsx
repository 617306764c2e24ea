import { useMemo } from "react";
import { AfterPaint } from "../../components/after-paint";
import { useDataset } from "../../components/use-dataset";
import { useT } from "../../i18n/use-t";
import { selectOverview } from "../../lib/overview";
import { OVERVIEW_CARDS } from "../../lib/overview-cards";
import { OverviewCard } from "./overview-card";
import "./overview.css";

/** Cards in the first row of a wide screen: the others draw a frame after the first paint, below them. */
const FIRST_ROW = 2;

/** The default view: one small chart for each part of the story, all from one small dataset. */
export default function OverviewView() {
  const { t } = useT();
  const state = useDataset("overview", "overview");
  const cards = useMemo(() => selectOverview(state.rows ?? []), [state.rows]);
  // While the file loads (or if it fails) every card shows that state; once it is here, only cards with figures are drawn.
  const ids = state.rows ? cards.map((c) => c.id) : OVERVIEW_CARDS.map((c) => c.id);
  return (
    <div className="view overview">
      <section className="overview-intro" aria-label={t("viewNames.overview")}>
        <p>{t("overviewIntro")}</p>
      </section>
      {ids.map((id, i) => {
        const card = <OverviewCard key={id} id={id} card={cards.find((c) => c.id === id)} state={state} />;
        return i < FIRST_ROW ? card : <AfterPaint key={id}>{card}</AfterPaint>;
      })}
    </div>
  );
}
