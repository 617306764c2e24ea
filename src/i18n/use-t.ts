import { useLingui } from "@lingui/react";
import { useEffect } from "react";
import type { MessageGroup } from "./groups";
import { hasExtra, loadExtra, t, tOr } from "./i18n";
import type { Language } from "./languages";

/** Messages and the active language for a component; it renders again when the language changes. */
export function useT(): { t: typeof t; tOr: typeof tOr; lang: Language } {
  const { i18n } = useLingui();
  return { t, tOr, lang: i18n.locale as Language };
}

/** Fetch a group of extra messages for the page's language while `wanted`; true once they are there. */
export function useExtra(group: MessageGroup, wanted = true): boolean {
  const { lang } = useT();
  useEffect(() => {
    if (!wanted) return;
    loadExtra(group, lang).catch(() => {
      // Without them the texts fall back to what the data says (English) or stay as loading.
    });
  }, [group, lang, wanted]);
  return hasExtra(group, lang);
}
