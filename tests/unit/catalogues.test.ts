import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUPS, IDS_FILE, LOCALES_DIR, messageIdsModule, parseMessage, readCatalogue, readCatalogues, typedEnglish } from "../../scripts/lib/catalogues";
import { manifestSchema } from "../../src/data/manifest";

const HANGUL = /\p{Script=Hangul}/u;
const KANA_OR_KANJI = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** The words of a message, without its placeholders. */
const words = (message: string) => parseMessage(message).literals.join(" ");

describe.each(GROUPS)("the %s catalogues", (group) => {
  const catalogues = readCatalogues(group);
  const ids = Object.keys(catalogues.en).sort();

  it("have the same message ids in English, Korean and Japanese", () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(Object.keys(catalogues.ko).sort()).toEqual(ids);
    expect(Object.keys(catalogues.ja).sort()).toEqual(ids);
  });

  it("translate every message in valid ICU, showing every value the English shows and using no other", () => {
    for (const id of ids) {
      const english = parseMessage(catalogues.en[id]);
      for (const lang of ["ko", "ja"] as const) {
        expect(catalogues[lang][id], `${lang} ${id}`).not.toBe("");
        const translated = parseMessage(catalogues[lang][id]);
        expect(english.names, `${lang} ${id}`).toEqual(expect.arrayContaining(translated.names));
        expect(translated.names, `${lang} ${id}`).toEqual(expect.arrayContaining(english.shown));
      }
    }
  });

  it("write Korean in Hangul and Japanese in kana or kanji, except names and signs kept as they are", () => {
    for (const id of ids) {
      const hasLetters = /\p{L}/u.test(words(catalogues.en[id]));
      if (hasLetters && catalogues.ko[id] !== catalogues.en[id]) expect(words(catalogues.ko[id]), id).toMatch(HANGUL);
      if (hasLetters && catalogues.ja[id] !== catalogues.en[id]) expect(words(catalogues.ja[id]), id).toMatch(KANA_OR_KANJI);
    }
  });
});

describe("message ids", () => {
  it("are typed from the English catalogues of every group but the datasets' (run `npm run i18n:ids` after editing one)", () => {
    expect(readFileSync(IDS_FILE, "utf8")).toBe(messageIdsModule(typedEnglish()));
    expect(Object.keys(typedEnglish())).toEqual(expect.arrayContaining(["appTitle", "compare.points", "overviewIntro", "weekly.netflix.title", "coverageKey", "citeTitle", "csvPeriod"]));
  });

  it("each belong to one group only", () => {
    const ids = GROUPS.flatMap((g) => Object.keys(readCatalogue("en", g)));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe("the message groups", () => {
  it("are the folders of src/locales, each with a catalogue in every language", () => {
    const folders = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual(GROUPS.filter((g) => g !== "page").sort());
    for (const folder of folders) expect(readdirSync(`${LOCALES_DIR}/${folder}`).sort(), folder).toEqual(["en.po", "ja.po", "ko.po"]);
  });

  it("are each a catalogue of the Lingui configuration, which compiles them", () => {
    const { lingui } = JSON.parse(readFileSync(resolve(process.cwd(), "package.json"), "utf8")) as { lingui: { catalogs: { path: string }[] } };
    expect(lingui.catalogs.map((c) => c.path)).toEqual(GROUPS.map((g) => `<rootDir>/src/locales/${g === "page" ? "" : `${g}/`}{locale}`));
  });
});

describe("the datasets' titles and descriptions", () => {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(resolve(process.cwd(), "data/manifest.json"), "utf8")));
  const english = readCatalogue("en", "datasets");

  it("are translated for every dataset of the manifest and no other", () => {
    expect(Object.keys(english).sort()).toEqual(manifest.datasets.flatMap((d) => [`dataset.${d.id}.description`, `dataset.${d.id}.title`]).sort());
  });

  it("translate what the manifest says now (update the Korean and Japanese when the English changes)", () => {
    for (const d of manifest.datasets) {
      expect(english[`dataset.${d.id}.title`]).toBe(d.title);
      expect(english[`dataset.${d.id}.description`]).toBe(d.description);
    }
  });
});
