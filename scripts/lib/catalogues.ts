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

function walk(tokens: Token[] | string, names: Set<string>, literals: string[]) {
  for (const token of typeof tokens === "string" ? [tokens] : tokens) {
    if (typeof token === "string") {
      literals.push(token);
      continue;
    }
    const [name, , cases] = token;
    names.add(name);
    for (const branch of Object.values(cases ?? {})) if (Array.isArray(branch) || typeof branch === "string") walk(branch, names, literals);
  }
}

/** The placeholder names of an ICU message and its literal text runs (the words around the placeholders). */
export function parseMessage(message: string): { names: string[]; literals: string[] } {
  const names = new Set<string>();
  const literals: string[] = [];
  const compiled = compileMessage(message);
  walk(compiled as Token[] | string, names, literals);
  return { names: [...names].sort(), literals };
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
