import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { FIRST_SCREEN_PARAMS, VIEW_MESSAGES, datasetsFor, rowFilterFor } from "../src/app/first-screen";
import { loadableEntry, toDataIndex, type DataIndex } from "../src/data/data-index";
export { DATA_INDEX_ELEMENT } from "../src/data/data-index";
import { dataPath } from "../src/data/data-path";
import { manifestSchema } from "../src/data/manifest";
import type { MessageGroup } from "../src/i18n/groups";
import { INTL_LOCALE, LANGUAGES, type Language } from "../src/i18n/languages";
import { parseView } from "../src/state/url-codec";

/** Id of the JSON block with the plan, which src/app/first-load.js reads. */
export const PLAN_ELEMENT = "first-load";

/** What the first screen at one address needs: data files, the view's code and the groups of its messages. */
export type FirstScreen = { data: string[]; modules: string[]; messages: MessageGroup[] };

/** Read by src/app/first-load.js: the parameters that decide the first screen, and what each combination needs. */
export type FirstLoadPlan = {
  params: { name: string; values: readonly string[]; fallback: string }[];
  /** A parameter that pins data versions: when present, the app resolves the files itself. */
  pinned: string;
  /** The distinct first screens, each listed once; `keys` names the one of each combination of the parameters. */
  screens: FirstScreen[];
  keys: Record<string, number>;
  /** The parameter that names the language; without it (or with an unknown one) the browser's languages choose. */
  language: string;
  /** The code chunks of each language's catalogue: none for English, which the app's code carries. */
  catalogues: Record<Language, string[]>;
  /** The code chunks of each language's catalogue of every message group a first screen names. */
  groups: Record<Language, Partial<Record<MessageGroup, string[]>>>;
  /** The locale each language formats numbers and dates in, so the page can load its data early. */
  locales: Record<Language, string>;
};

/** The index of the published manifest, validated: a broken manifest fails the build rather than the page. */
export function readIndex(dataDir: string): DataIndex {
  const text = readFileSync(resolve(dataDir, "manifest.json"), "utf8");
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`data/manifest.json: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return toDataIndex(parsed.data);
}

/** The first screen of one combination of the parameters, named by their values joined with "|". */
export const screenOf = (plan: FirstLoadPlan, key: string): FirstScreen | undefined => plan.screens[plan.keys[key]];

/**
 * Every combination of the first-screen parameters, keyed by their values joined with "|", with the files
 * of its datasets, the code chunks of its view (`chunksOf` names them; none in development) and its message
 * groups, and the chunks of each language's catalogue (`catalogueOf`) and of each of those groups (`groupOf`).
 */
export function firstLoadPlan(
  index: DataIndex,
  base: string,
  chunksOf: (view: string) => string[],
  catalogueOf: (language: Exclude<Language, "en">) => string[] = () => [],
  groupOf: (group: MessageGroup, language: Language) => string[] = () => [],
): FirstLoadPlan {
  const defaults = parseView("");
  const params = Object.entries(FIRST_SCREEN_PARAMS).map(([name, values]) => ({ name, values, fallback: String(defaults[name as keyof typeof FIRST_SCREEN_PARAMS]) }));
  const combos = params.reduce<string[][]>((acc, p) => acc.flatMap((combo) => p.values.map((v) => [...combo, v])), [[]]);
  const screens: FirstScreen[] = [];
  const keys: Record<string, number> = {};
  const indexOf = new Map<string, number>();
  for (const combo of combos) {
    const view = parseView(`?${new URLSearchParams(combo.map((v, i) => [params[i].name, v]))}`);
    const data = datasetsFor(view).map((id) => {
      const entry = index.datasets.find((d) => d.id === id);
      if (!entry) throw new Error(`first load: the first screen of "${view.view}" needs "${id}", which the manifest does not list`);
      const loaded = loadableEntry(entry, rowFilterFor(view));
      return base + dataPath(loaded.file, loaded.sha256);
    });
    const screen: FirstScreen = { data, modules: chunksOf(view.view).map((name) => base + name), messages: VIEW_MESSAGES[view.view] };
    const json = JSON.stringify(screen);
    if (!indexOf.has(json)) indexOf.set(json, screens.push(screen) - 1);
    keys[combo.join("|")] = indexOf.get(json)!;
  }
  const catalogues = Object.fromEntries(LANGUAGES.map((l) => [l, l === "en" ? [] : catalogueOf(l).map((name) => base + name)]));
  const named = [...new Set(Object.values(VIEW_MESSAGES).flat())];
  const groups = Object.fromEntries(LANGUAGES.map((l) => [l, Object.fromEntries(named.map((g) => [g, groupOf(g, l).map((name) => base + name)]))]));
  return {
    params, pinned: "v", screens, keys, language: "lang", catalogues: catalogues as Record<Language, string[]>,
    groups: groups as FirstLoadPlan["groups"], locales: INTL_LOCALE,
  };
}
