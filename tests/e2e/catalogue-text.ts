import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { setupI18n, type Messages } from "@lingui/core";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import Papa from "papaparse";
import { GROUPS, parseMessage, readCatalogue } from "../../scripts/lib/catalogues";
import { INTL_LOCALE, type Language } from "../../src/i18n/languages";

const messagesOf = (lang: Language) => Object.assign({}, ...GROUPS.map((g) => readCatalogue(lang, g))) as Record<string, string>;

/** A language's messages, compiled as the site compiles them, to say what a page should show. */
export function translator(lang: Language) {
  const compiled: Messages = Object.fromEntries(Object.entries(messagesOf(lang)).map(([id, m]) => [id, compileMessage(m)]));
  const i18n = setupI18n({ locale: lang, locales: INTL_LOCALE[lang], messages: { [lang]: compiled } });
  return (id: string, values?: Record<string, string | number>) => i18n._(id, values);
}

const rows = (file: string) => Papa.parse<Record<string, string>>(readFileSync(resolve(process.cwd(), "data", file), "utf8"), { header: true, skipEmptyLines: true }).data;
const SUFFIX = { ko: "Ko", ja: "Ja" } as const;

type Pair = { en: string; other: string; runs: string[] };

/**
 * English texts, their translation, and the runs of English to look for: every message, and the labels and events of the
 * data; or, `withData` false, only the messages that are not also the data's names of a label or event.
 */
function pairs(lang: "ko" | "ja", withData: boolean): Pair[] {
  const english = messagesOf("en");
  const other = messagesOf(lang);
  const messages = Object.keys(english).map((id) => ({ en: english[id], other: other[id], runs: parseMessage(english[id]).literals }));
  const data = [
    ...rows("labels.csv").map((r) => [r.label, r[`label${SUFFIX[lang]}`]]),
    ...rows("events.csv").flatMap((r) => (["label", "title", "description"] as const).map((f) => [r[f], r[`${f}${SUFFIX[lang]}`]])),
  ].map(([en, translation]) => ({ en, other: translation, runs: [en] }));
  if (withData) return [...messages, ...data];
  const names = new Set(data.map((d) => d.en));
  return messages.filter((m) => !names.has(m.en));
}

/**
 * English that a Korean or Japanese page must not show: the literal runs (the words between placeholders) of every English
 * message, label and event whose translation differs, with at least three Latin letters, unless the translations use them too
 * (names such as "Billboard JAPAN Hot 100" stay as they are). `withData: false` leaves out the data's names.
 */
export function englishStrings(lang: "ko" | "ja", withData = true): string[] {
  const all = pairs(lang, withData);
  const translated = all.map((p) => p.other).join("\n");
  const runs = all
    .filter((p) => p.en !== p.other)
    .flatMap((p) => p.runs)
    .map((s) => s.replace(/\s+/g, " ").trim().replace(/^[\s,.;:·()–"“”-]+|[\s,.;:·()–"“”-]+$/g, ""))
    .filter((s) => /[A-Za-z]{3}/.test(s) && !translated.includes(s));
  return [...new Set(runs)];
}

/** The English strings found in a page's text, each as a whole word or phrase. */
export function findEnglish(text: string, strings: string[]): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return strings.filter((s) => new RegExp(`(^|[^A-Za-z])${escape(s)}($|[^A-Za-z])`).test(text));
}
