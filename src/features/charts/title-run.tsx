import { lazy, Suspense, useState } from "react";
import { useT } from "../../i18n/use-t";
import { useViewStore } from "../../state/view-store";

/** The id of the list of names the search field suggests from. */
export const TITLE_LIST = "netflix-titles";

// The full lists are large, and so is the code that searches them: both load once the reader turns to the search, or a link carries one.
const TitleResults = lazy(() => import("./netflix-extras").then((m) => ({ default: m.TitleResults })));

/** Find a title by its English, Korean or Japanese name and see every week it spent in Japan's or Korea's top 10. */
export function TitleRun() {
  const { t } = useT();
  const q = useViewStore((s) => s.q) ?? "";
  const set = useViewStore((s) => s.set);
  const [searching, setSearching] = useState(false);
  return (
    <section className="title-run" aria-labelledby="title-run-heading">
      <h2 id="title-run-heading">{t("findTitle")}</h2>
      <label className="field">
        <span>{t("titleLabel")}</span>
        <input type="search" list={TITLE_LIST} value={q} onFocus={() => setSearching(true)} onChange={(e) => set({ q: e.target.value || undefined })} />
      </label>
      {(searching || q !== "") && (
        <Suspense>
          <TitleResults q={q} />
        </Suspense>
      )}
    </section>
  );
}
