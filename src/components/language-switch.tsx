import { LANGUAGE_NAMES, LANGUAGES, languageParam } from "../i18n/languages";
import { useT } from "../i18n/use-t";
import { serializeView } from "../state/url-codec";
import { useShallow } from "zustand/react/shallow";
import { useViewStore } from "../state/view-store";

/** English, 한국어, 日本語: links (each opens in a new tab too) that switch the page's language in place. */
export function LanguageSwitch() {
  const { t, lang } = useT();
  const set = useViewStore((s) => s.set);
  const hrefs = useViewStore(useShallow((s) => LANGUAGES.map((l) => serializeView({ ...s, lang: languageParam(l) }) || "?")));
  return (
    <nav className="language-switch" aria-label={t("language")}>
      <ul>
        {LANGUAGES.map((l, i) => (
          <li key={l}>
            <a href={hrefs[i]} lang={l} hrefLang={l} aria-current={l === lang ? "true" : undefined}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                e.preventDefault();
                set({ lang: languageParam(l) });
              }}>
              {LANGUAGE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
