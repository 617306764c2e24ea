import { labelled } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import type { OverviewCard, OverviewSeries } from "../../lib/overview";
import { DEFAULT_VIEW, serializeView, type View } from "../../state/url-codec";
import { useViewStore } from "../../state/view-store";
import { isCharted } from "./overview-chart";
import { cardSentence, figurePeriod, overviewValue, seriesFacts } from "./overview-text";

type Props = { card: OverviewCard; seriesLabel: (s: Pick<OverviewSeries, "series">) => string };

/** Under a card's chart: each series' latest value and last change, the card's sentence, part-year figures, and its full view. */
export function OverviewFooter({ card, seriesLabel }: Props) {
  const { t } = useT();
  const lang = useViewStore((s) => s.lang);
  const v = useViewStore((s) => s.v);
  const set = useViewStore((s) => s.set);
  const embedded = useViewStore((s) => s.embed === "1");
  const target: View = { ...DEFAULT_VIEW, ...card.link, lang, v };
  const sentence = cardSentence(card);
  const partYears = card.series.flatMap((s) => s.points.filter((p) => !isCharted(p) && p.value !== null).map((p) => ({ s, p })));
  const named = card.series.length > 1;
  return (
    <div className="overview-footer">
      <ul className="overview-facts">
        {card.series.map((s) => {
          const facts = seriesFacts(s);
          const text = [facts.latest, facts.change].filter(Boolean).join(" · ");
          return text && <li key={s.series}>{named ? labelled(seriesLabel(s), text) : text}</li>;
        })}
      </ul>
      {sentence && <p className="overview-sentence">{sentence}</p>}
      {partYears.length > 0 && (
        <p className="overview-part-years">
          {t("overviewPartYears")}{" "}
          {partYears.map(({ s, p }) => labelled(named ? `${seriesLabel(s)}, ${figurePeriod(p)}` : figurePeriod(p), overviewValue(p.value!, s.unit))).join("; ")}
        </p>
      )}
      <a className="overview-link" href={serializeView(target) || "?"} data-overview-link={card.id}
        target={embedded ? "_blank" : undefined} rel={embedded ? "noopener" : undefined}
        onClick={(e) => {
          if (embedded || e.metaKey || e.ctrlKey || e.shiftKey) return;
          e.preventDefault();
          set(target);
          window.scrollTo(0, 0);
        }}>
        {t("overviewOpen", { view: t(`viewNames.${card.link.view}`) })}
      </a>
    </div>
  );
}
