import { useT } from "../../i18n/use-t";
import type { WindowSizes } from "../../lib/compare-windows";
import type { EnteredTitle } from "../../lib/entered-titles";
import { formatDate } from "../../lib/format";

/** Titles (or songs) listed after the event and in no list of the weeks before: each with its weeks in the lists and its best rank there. */
export function EnteredTitles({ series, sizes, titles, noun }: { series: string; sizes: WindowSizes; titles: EnteredTitle[]; noun: "titles" | "songs" }) {
  const { t, lang } = useT();
  return (
    <div className="entered">
      <h4>{t("compare.enteredHeading", { series, after: sizes.after, before: sizes.before, noun })}</h4>
      {titles.length === 0 ? <p>{t("compare.noneEntered", { noun })}</p> : (
        <ul className="entered-list">
          {titles.map((e) => (
            <li key={e.title}>
              <span translate="no">{e.title}</span>{" "}
              <span className="compare-detail">
                {t("compare.enteredDetail", { n: e.weeks.length, first: formatDate(e.weeks[0], lang, "short"), rank: e.bestRank ?? "—" })}
                {e.inEventWeek && ` ${t("compare.inEventWeek")}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
