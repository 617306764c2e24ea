import { i18n, type Messages } from "@lingui/core";
import { messages as english } from "../locales/en.po";
import type { MessageGroup } from "./groups";
import { INTL_LOCALE, type Language } from "./languages";
import type { MessageValues } from "./message-ids";

export type MessageId = keyof MessageValues;
type Args<K extends MessageId> = [MessageValues[K]] extends [never] ? [] : [values: Record<MessageValues[K], string | number>];
type Catalogue = () => Promise<{ messages: Messages }>;

/** The page's English messages are bundled; the other catalogues are separate chunks, fetched only when needed. */
const CATALOGUES: Record<Exclude<Language, "en">, Catalogue> = {
  ko: () => import("../locales/ko.po"),
  ja: () => import("../locales/ja.po"),
};

/** Each group's catalogue in each language, by path: `../locales/<group>/<language>.po`. */
const GROUP_CATALOGUES = import.meta.glob<{ messages: Messages }>("../locales/*/*.po");

i18n.load("en", english);
i18n.activate("en", INTL_LOCALE.en);

export { i18n };

/** The language whose catalogue is active. */
export const activeLanguage = () => i18n.locale as Language;

const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>(["page:en"]);
/** The groups the page has asked for: a new language is activated only once it has all of them. */
const used = new Set<MessageGroup>();
let requested: Language = "en";

function load(key: string, catalogue: Catalogue, language: Language): Promise<void> {
  if (loaded.has(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = catalogue().then(
      ({ messages }) => {
        i18n.load(language, messages);
        loaded.add(key);
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

const loadGroup = (group: MessageGroup, language: Language) =>
  load(`${group}:${language}`, GROUP_CATALOGUES[`../locales/${group}/${language}.po`], language);

const missingGroups = (language: Language) => [...used].filter((group) => !hasExtra(group, language));

/**
 * Load a language's catalogue and every group the page uses in it, then make it the active one, unless another
 * was asked for in the meantime: what is drawn switches language at once, never through a message id.
 */
export async function activateLanguage(language: Language): Promise<void> {
  requested = language;
  const page = language === "en" ? Promise.resolve() : load(`page:${language}`, CATALOGUES[language], language);
  // Again while a part of the page that started loading meanwhile has asked for another group.
  do await Promise.all([page, ...missingGroups(language).map((g) => loadGroup(g, language))]);
  while (missingGroups(language).length > 0);
  if (requested === language && i18n.locale !== language) i18n.activate(language, INTL_LOCALE[language]);
}

export const hasExtra = (group: MessageGroup, language: Language) => loaded.has(`${group}:${language}`);

/** Add a group's messages to a language (by default the one shown or being loaded); every later language gets them too. */
export function loadExtra(group: MessageGroup, language: Language = requested): Promise<void> {
  used.add(group);
  return loadGroup(group, language);
}

/** A lazily loaded module once it and the messages it shows are both here, fetched at once rather than one after the other. */
export async function withMessages<M>(groups: MessageGroup[], module: Promise<M>): Promise<M> {
  const [loadedModule] = await Promise.all([module, ...groups.map((g) => loadExtra(g))]);
  return loadedModule;
}

/** A message of the active catalogue, by id, with its ICU values. */
export function t<K extends MessageId>(id: K, ...[values]: Args<K>): string {
  return i18n._(id, values);
}

/** A message whose id is built from data (a dataset id, a code); the fallback when the catalogue has none. */
export function tOr(id: string, fallback: string, values?: Record<string, string | number>): string {
  return id in i18n.messages ? i18n._(id, values) : fallback;
}

/** The items of a short list, joined as the page's language writes them; blank items are left out. */
export const joinList = (items: string[]) => items.filter(Boolean).join(t("listSeparator"));

/** Text with a note in parentheses (full-width in Japanese); the text alone when there is no note. */
export const withNote = (text: string | number, note?: string) => (note ? t("withNote", { text, note }) : String(text));

/** "Label: value", with the language's colon. */
export const labelled = (label: string, value: string) => t("labelled", { label, value });
