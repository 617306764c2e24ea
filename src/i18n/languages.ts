/** The dashboard's languages; English is the default and needs no URL parameter. */
export const LANGUAGES = ["en", "ko", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own name, so a reader finds theirs whatever the page shows. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", ko: "한국어", ja: "日本語" };

/** The locale that Intl formats each language's numbers and dates with. */
export const INTL_LOCALE: Record<Language, string> = { en: "en-GB", ko: "ko-KR", ja: "ja-JP" };

const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

/** A language tag such as "ko-KR" or "JA" as one of ours, or undefined. */
export function toLanguage(tag: string): Language | undefined {
  const code = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(code) ? code : undefined;
}

/** The first of the browser's preferred languages that the dashboard offers; English otherwise. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = toLanguage(tag);
    if (language) return language;
  }
  return "en";
}

/** The language this browser would get without a `lang` parameter. */
export function preferredLanguage(): Language {
  const nav = globalThis.navigator;
  return detectLanguage(nav ? (nav.languages?.length ? nav.languages : [nav.language]) : []);
}

/** The `lang` parameter that shows a language: none for English unless the browser would pick another. */
export const languageParam = (language: Language): Language | undefined =>
  language === "en" && preferredLanguage() === "en" ? undefined : language;
