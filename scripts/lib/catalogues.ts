import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatter } from "@lingui/format-po";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { MESSAGE_GROUPS } from "../../src/i18n/groups";
import { LANGUAGES, type Language } from "../../src/i18n/languages";

export const LOCALES_DIR = resolve(import.meta.dirname, "../../src/locales");
export const IDS_FILE = resolve(import.meta.dirname, "../../src/i18n/message-ids.ts");

const po = formatter();

/** The catalogue groups: the page's messages (src/locales/<language>.po) and each message group's (src/locales/<group>/). */
export const GROUPS = ["page", ...MESSAGE_GROUPS] as const;
export type Group = (typeof GROUPS)[number];

/** The groups whose ids `t()` takes: all but the datasets' titles and descriptions, which are looked up by dataset id. */
export const TYPED_GROUPS = GROUPS.filter((g) => g !== "datasets");

/** A catalogue as id → ICU message, in file order. */
export function readCatalogue(language: Language, group: Group = "page", dir = LOCALES_DIR): Record<string, string> {
  const file = resolve(dir, group === "page" ? `${language}.po` : `${group}/${language}.po`);
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

/** The English messages of every group that `t()` takes, as one catalogue. */
export const typedEnglish = (dir = LOCALES_DIR) => Object.assign({}, ...TYPED_GROUPS.map((g) => readCatalogue("en", g, dir))) as Record<string, string>;

/** The TypeScript module that types every message id (of the page and its groups) with the names of its values. */
export function messageIdsModule(english: Record<string, string>): string {
  const lines = Object.keys(english)
    .sort()
    .map((id) => {
      const { names } = parseMessage(english[id]);
      return `  ${JSON.stringify(id)}: ${names.length ? names.map((n) => JSON.stringify(n)).join(" | ") : "never"};`;
    });
  return [
    "/** Every message id of the English catalogues that `t()` takes, with the names of its ICU values. Written by `npm run i18n:ids`; do not edit. */",
    "export type MessageValues = {",
    ...lines,
    "};",
    "",
  ].join("\n");
}
