import { LANGUAGE_NAMES, LANGUAGES, languageParam } from "../i18n/languages";
import { useT } from "../i18n/use-t";
import { serializeView } from "../state/url-codec";
import { useShallow } from "zustand/react/shallow";
import { useViewStore } from "../state/view-store";
import { AfterPaint } from "./after-paint";

/**
 * English, 한국어, 日本語: links (each opens in a new tab too) that switch the page's language in place. They draw
 * just after the first chart, in the line the page keeps for them: written in their own scripts, they would
 * otherwise have an English page's first layout look up Korean and Japanese fonts.
 */
export function LanguageSwitch() {
  const { t } = useT();
  return (
    <nav className="language-switch" aria-label={t("language")}>
      <AfterPaint>
        <LanguageLinks />
      </AfterPaint>
    </nav>
  );
}

function LanguageLinks() {
  const { lang } = useT();
  const set = useViewStore((s) => s.set);
  const hrefs = useViewStore(useShallow((s) => LANGUAGES.map((l) => serializeView({ ...s, lang: languageParam(l) }) || "?")));
  return (
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
  );
}
