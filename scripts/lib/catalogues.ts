import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatter } from "@lingui/format-po";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { LANGUAGES, type Language } from "../../src/i18n/languages";

export const LOCALES_DIR = resolve(import.meta.dirname, "../../src/locales");
export const IDS_FILE = resolve(import.meta.dirname, "../../src/i18n/message-ids.ts");

const po = formatter();

/** The catalogue groups: the page's messages, those of downloads and citations, and the datasets' titles and descriptions. */
export const GROUPS = { page: "", exports: "exports/", datasets: "datasets/" } as const;
export type Group = keyof typeof GROUPS;

/** A catalogue as id → ICU message, in file order. */
export function readCatalogue(language: Language, group: Group = "page", dir = LOCALES_DIR): Record<string, string> {
  const file = resolve(dir, `${GROUPS[group]}${language}.po`);
  const parsed = po.parse(readFileSync(file, "utf8"), { locale: language, sourceLocale: "en", filename: file }) as Record<string, { translation?: string }>;
  return Object.fromEntries(Object.entries(parsed).map(([id, m]) => [id, m.translation ?? ""]));
}

export const readCatalogues = (group: Group = "page", dir = LOCALES_DIR) =>
  Object.fromEntries(LANGUAGES.map((l) => [l, readCatalogue(l, group, dir)])) as Record<Language, Record<string, string>>;

type Token = string | [string, string?, Record<string, Token[] | string | number | undefined>?];

type Parsed = { names: Set<string>; shown: Set<string>; literals: string[] };

function walk(tokens: Token[] | string, parsed: Parsed) {
  for (const token of typeof tokens === "string" ? [tokens] : tokens) {
    if (typeof token === "string") {
      parsed.literals.push(token);
      continue;
    }
    const [name, kind, cases] = token;
    parsed.names.add(name);
    if (kind !== "plural" && kind !== "select" && kind !== "selectordinal") parsed.shown.add(name);
    for (const branch of Object.values(cases ?? {})) if (Array.isArray(branch) || typeof branch === "string") walk(branch, parsed);
  }
}

/**
 * The placeholder names of an ICU message (`names`), those whose value is written out rather than only choosing
 * a plural or select branch (`shown`), and its literal text runs (the words around the placeholders).
 */
export function parseMessage(message: string): { names: string[]; shown: string[]; literals: string[] } {
  const parsed: Parsed = { names: new Set(), shown: new Set(), literals: [] };
  walk(compileMessage(message) as Token[] | string, parsed);
  return { names: [...parsed.names].sort(), shown: [...parsed.shown].sort(), literals: parsed.literals };
}

/** The TypeScript module that types every message id (of the page and of exports) with the names of its values. */
export function messageIdsModule(english: Record<string, string>): string {
  const lines = Object.keys(english)
    .sort()
    .map((id) => {
      const { names } = parseMessage(english[id]);
      return `  ${JSON.stringify(id)}: ${names.length ? names.map((n) => JSON.stringify(n)).join(" | ") : "never"};`;
    });
  return [
    "/** Every message id of src/locales/en.po with the names of its ICU values. Written by `npm run i18n:ids`; do not edit. */",
    "export type MessageValues = {",
    ...lines,
    "};",
    "",
  ].join("\n");
}
