import { t } from "./i18n";

/** The items of a short list, joined as the page's language writes them; blank items are left out. */
export const joinList = (items: string[]) => items.filter(Boolean).join(t("listSeparator"));

/** Text with a note in parentheses (full-width in Japanese); the text alone when there is no note. */
export const withNote = (text: string | number, note?: string) => (note ? t("withNote", { text, note }) : String(text));

/** "Label: value", with the language's colon. */
export const labelled = (label: string, value: string) => t("labelled", { label, value });
