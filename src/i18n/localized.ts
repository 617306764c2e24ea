import type { Language } from "./languages";

const SUFFIX: Record<Language, string> = { en: "", ko: "Ko", ja: "Ja" };

/** A text field of a data row in a language: `title`, `titleKo` or `titleJa`; the English one when the other is blank. */
export function localized<F extends string>(row: { [K in F]: string } & Partial<Record<`${F}Ko` | `${F}Ja`, string>>, field: F, lang: Language): string {
  const value = (row as Record<string, string | undefined>)[`${field}${SUFFIX[lang]}`];
  return value || row[field];
}

/** A publisher's attribution line without its leading "Source:", which the page says in its own language. */
export const withoutSourcePrefix = (attribution: string) => attribution.replace(/^Sources?:\s*/i, "");
