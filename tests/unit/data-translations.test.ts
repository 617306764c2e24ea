import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parse-csv";
import { crossBorderWeekSchema, eventRowSchema, labelRowSchema, netflixListRowSchema, observationRowSchema } from "../../src/data/schemas";

const read = <S extends Parameters<typeof parseCsv>[1]>(file: string, schema: S) =>
  parseCsv(readFileSync(resolve(process.cwd(), "data", file), "utf8"), schema, file);

const HANGUL = /\p{Script=Hangul}/u;
const KANA_OR_KANJI = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const LATIN_WORD = /[A-Za-z]{2}/;

/** A translation is in its script, unless it is a name kept as written (K-pop acts, "TV", "JSA"), the same in every language. */
function expectScript(en: string, translation: string, script: RegExp, what: string) {
  expect(translation, what).not.toBe("");
  if (translation !== en && LATIN_WORD.test(en)) expect(translation, what).toMatch(script);
}

describe("labels of the data codes", () => {
  const labels = read("labels.csv", labelRowSchema);

  it("name every code in English, Korean and Japanese", () => {
    expect(labels.length).toBeGreaterThan(100);
    for (const l of labels) {
      expectScript(l.label, l.labelKo, HANGUL, `${l.kind} ${l.key} (ko)`);
      expectScript(l.label, l.labelJa, KANA_OR_KANJI, `${l.kind} ${l.key} (ja)`);
    }
  });

  it("cover every code that the datasets use", () => {
    const has = new Set(labels.map((l) => `${l.kind}:${l.key}`));
    const needed = new Set<string>();
    for (const file of ["trade-flows.csv", "market-size.csv", "export-share.csv", "box-office.csv", "facts.csv"]) {
      for (const r of read(file, observationRowSchema)) {
        const codes = { indicator: [r.indicator], sector: [r.sector], unit: [r.unit], direction: [r.direction], area: [r.reporter, r.partner], status: [r.status], basis: [r.basis], measure: r.measure.startsWith("source:") ? [] : [r.measure] };
        for (const [kind, keys] of Object.entries(codes)) for (const key of keys) if (key) needed.add(`${kind}:${key}`);
      }
    }
    for (const file of ["netflix-cross-border.csv", "netflix-global.csv", "spotify-weekly.csv", "hot100-korean.csv", "flixpatrol-2020.csv"]) {
      for (const r of read(file, crossBorderWeekSchema)) ["list:" + r.category, "country:" + r.country, "area:" + r.origin].forEach((c) => needed.add(c));
    }
    for (const r of read("netflix-lists.csv", netflixListRowSchema)) ["list:" + r.category, "country:" + r.country, "origin:" + r.origin].forEach((c) => needed.add(c));
    for (const r of read("events.csv", eventRowSchema)) needed.add(`category:${r.category}`);
    expect([...needed].filter((code) => !has.has(code)).sort()).toEqual([]);
  });
});

describe("the timeline", () => {
  it("gives every event's label, title and description in English, Korean and Japanese", () => {
    const events = read("events.csv", eventRowSchema);
    expect(events.length).toBeGreaterThan(20);
    for (const e of events) {
      for (const field of ["label", "title", "description"] as const) {
        expectScript(e[field], e[`${field}Ko`], HANGUL, `${e.label}: ${field} (ko)`);
        expectScript(e[field], e[`${field}Ja`], KANA_OR_KANJI, `${e.label}: ${field} (ja)`);
      }
      expect(e.labelKo.length + e.labelJa.length, `${e.label}: chart labels stay short`).toBeLessThanOrEqual(40);
    }
  });
});
