import { useT } from "../i18n/use-t";
import { VIEWS, serializeView } from "../state/url-codec";
import { currentView, useViewStore } from "../state/view-store";

/** The four views as links (each opens in a new tab too); a click switches in place. */
export function ViewTabs() {
  const { t } = useT();
  const view = useViewStore((s) => s.view);
  const set = useViewStore((s) => s.set);
  return (
    <nav className="view-tabs" aria-label={t("views")}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <a href={serializeView({ ...currentView(), view: v, sector: "any" }) || "?"} aria-current={v === view ? "page" : undefined}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                e.preventDefault();
                set({ view: v, sector: "any" });
              }}>
              {t(`viewNames.${v}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
