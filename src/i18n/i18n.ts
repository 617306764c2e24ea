import { i18n } from "@lingui/core";
import { messages as english } from "../locales/en.po";
import { INTL_LOCALE, type Language } from "./languages";
import type { MessageValues } from "./message-ids";

export type MessageId = keyof MessageValues;
type Args<K extends MessageId> = [MessageValues[K]] extends [never] ? [] : [values: Record<MessageValues[K], string | number>];

/** English is bundled; the other catalogues are separate chunks, fetched only when chosen. */
const LOADERS: Record<Exclude<Language, "en">, () => Promise<{ messages: typeof english }>> = {
  ko: () => import("../locales/ko.po"),
  ja: () => import("../locales/ja.po"),
};

i18n.loadAndActivate({ locale: "en", locales: INTL_LOCALE.en, messages: english });

export { i18n };

/** The language whose catalogue is active. */
export const activeLanguage = () => i18n.locale as Language;

let requested: Language = "en";

/** Load a language's catalogue and make it the active one, unless another was asked for in the meantime. */
export async function activateLanguage(language: Language): Promise<void> {
  requested = language;
  const messages = language === "en" ? english : (await LOADERS[language]()).messages;
  if (requested === language && i18n.locale !== language) i18n.loadAndActivate({ locale: language, locales: INTL_LOCALE[language], messages });
}

/** A message of the active catalogue, by id, with its ICU values. */
export function t<K extends MessageId>(id: K, ...[values]: Args<K>): string {
  return i18n._(id, values);
}

/** A message whose id is built from data (a dataset id, a code); the fallback when the catalogue has none. */
export function tOr(id: string, fallback: string, values?: Record<string, string | number>): string {
  return id in i18n.messages ? i18n._(id, values) : fallback;
}
