import { i18n, type Messages } from "@lingui/core";
import { messages as english } from "../locales/en.po";
import { INTL_LOCALE, type Language } from "./languages";
import type { MessageValues } from "./message-ids";

export type MessageId = keyof MessageValues;
type Args<K extends MessageId> = [MessageValues[K]] extends [never] ? [] : [values: Record<MessageValues[K], string | number>];
type Catalogue = () => Promise<{ messages: Messages }>;

/** English is bundled; the other catalogues are separate chunks, fetched only when chosen. */
const CATALOGUES: Record<Exclude<Language, "en">, Catalogue> = {
  ko: () => import("../locales/ko.po"),
  ja: () => import("../locales/ja.po"),
};

/** Fetched only when needed: the texts of downloads and citations, and the datasets' titles and descriptions. */
const EXTRAS: Record<"exports" | "datasets", Record<Language, Catalogue>> = {
  exports: {
    en: () => import("../locales/exports/en.po"),
    ko: () => import("../locales/exports/ko.po"),
    ja: () => import("../locales/exports/ja.po"),
  },
  datasets: {
    en: () => import("../locales/datasets/en.po"),
    ko: () => import("../locales/datasets/ko.po"),
    ja: () => import("../locales/datasets/ja.po"),
  },
};

i18n.load("en", english);
i18n.activate("en", INTL_LOCALE.en);

export { i18n };

/** The language whose catalogue is active. */
export const activeLanguage = () => i18n.locale as Language;

const loaded = new Set<Language>(["en"]);
let requested: Language = "en";

/** Load a language's catalogue (once) and make it the active one, unless another was asked for in the meantime. */
export async function activateLanguage(language: Language): Promise<void> {
  requested = language;
  if (language !== "en" && !loaded.has(language)) {
    i18n.load(language, (await CATALOGUES[language]()).messages);
    loaded.add(language);
  }
  if (requested === language && i18n.locale !== language) i18n.activate(language, INTL_LOCALE[language]);
}

export type Extra = keyof typeof EXTRAS;
const extras = new Set<string>();

export const hasExtra = (group: Extra, language: Language) => extras.has(`${group}:${language}`);

/** Add the messages of downloads and citations, or the datasets' titles and descriptions, to a language. */
export async function loadExtra(group: Extra, language: Language = activeLanguage()): Promise<void> {
  if (hasExtra(group, language)) return;
  const { messages } = await EXTRAS[group][language]();
  extras.add(`${group}:${language}`);
  i18n.load(language, messages);
}

/** A message of the active catalogue, by id, with its ICU values. */
export function t<K extends MessageId>(id: K, ...[values]: Args<K>): string {
  return i18n._(id, values);
}

/** A message whose id is built from data (a dataset id, a code); the fallback when the catalogue has none. */
export function tOr(id: string, fallback: string, values?: Record<string, string | number>): string {
  return id in i18n.messages ? i18n._(id, values) : fallback;
}
