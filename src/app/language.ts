import { activateLanguage, activeLanguage, t } from "../i18n/i18n";
import { preferredLanguage } from "../i18n/languages";
import { useViewStore } from "../state/view-store";

/**
 * Show the view's language: the one in the URL, or on a first visit without one the browser's when it is
 * Korean or Japanese (then written to the URL). Resolves once the first catalogue is active.
 */
export function startLanguageSync(doc: Document = document): Promise<void> {
  const store = useViewStore;
  const preferred = preferredLanguage();
  if (!store.getState().lang && preferred !== "en") store.getState().set({ lang: preferred });
  const apply = async () => {
    await activateLanguage(store.getState().lang ?? "en").catch(() => {
      // A catalogue that cannot be fetched leaves the page in the language it already shows.
    });
    doc.documentElement.lang = activeLanguage();
    doc.title = t("appTitle");
  };
  let last = store.getState().lang;
  store.subscribe((state) => {
    if (state.lang === last) return;
    last = state.lang;
    void apply();
  });
  return apply();
}
