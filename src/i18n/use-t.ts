import { useLingui } from "@lingui/react";
import { t, tOr } from "./i18n";
import type { Language } from "./languages";

/** Messages and the active language for a component; it renders again when the language changes. */
export function useT(): { t: typeof t; tOr: typeof tOr; lang: Language } {
  const { i18n } = useLingui();
  return { t, tOr, lang: i18n.locale as Language };
}
