import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parse-csv";
import { overviewRowSchema } from "../../src/data/schemas";
import { cardSentence, seriesFacts } from "../../src/features/overview/overview-text";
import { activateLanguage, loadExtra, t } from "../../src/i18n/i18n";
import { LANGUAGES } from "../../src/i18n/languages";
import { selectOverview } from "../../src/lib/overview";
import { agreed, SERIES_SOURCES, yearsOf, type Year } from "../helpers/overview-sources";

const cards = () => selectOverview(parseCsv(readFileSync("data/overview.csv", "utf8"), overviewRowSchema, "overview.csv"));

/** Korean and Japanese write amounts in myriads of the base unit (6억 3,920만 6,000 달러): these units are scaled. */
const SCALE: Record<string, number> = { USD_thousand: 1e3, JPY_trillion: 1e12 };
const GROUPS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4, 兆: 1e12, 億: 1e8, 万: 1e4 };
/** Digits that belong to names in the sentences' own words: "Netflix top 10", "Hot 100". */
const NAME_NUMBERS = ["10", "100"];

const round = (v: number, places: number) => Number(v.toFixed(places));

/** The amount a text writes, read as a person would: "639,206", "-2.18", "6억 3,920만 6,000", "+6,691億". */
function readAmount(text: string): number {
  const sign = /^[+]?[-−]/.test(text.trim()) ? -1 : 1;
  const parts = [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s?(조|억|만|兆|億|万)?/g)];
  expect(parts.length, text).toBeGreaterThan(0);
  return sign * parts.reduce((sum, [, n, group]) => sum + Number(n.replaceAll(",", "")) * (group ? GROUPS[group] : 1), 0);
}

/** The value a text should show for a figure: to the two decimals shown, in the base unit where the language uses myriads. */
function shown(value: number, unit: string, lang: string): number {
  return lang !== "en" && SCALE[unit] ? round(value * SCALE[unit], 2) : round(value, 2);
}

/** The texts a message template puts in its placeholders, by name; its own words must hold no number but a name's. */
function fill(text: string, id: Parameters<typeof t>[0], names: string[]): Record<string, string> {
  const marks = Object.fromEntries(names.map((n, i) => [n, `\u0001${i}\u0001`]));
  const template = t(id as "overviewLatest", marks as { value: string; period: string });
  const literal = template.split(/\u0001\d+\u0001/);
  for (const words of literal) for (const n of words.match(/\d+/g) ?? []) expect(NAME_NUMBERS, `${id}: "${words}"`).toContain(n);
  const order = [...template.matchAll(/\u0001(\d+)\u0001/g)].map((m) => names[Number(m[1])]);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`^${literal.map(escape).join("(.+?)")}$`, "s").exec(text);
  expect(match, `${id}: "${text}"`).not.toBeNull();
  return Object.fromEntries(order.map((name, i) => [name, match![i + 1]]));
}

const yearOf = (text: string) => Number(/\d{4}/.exec(text)![0]);
const dateParts = (date: string, lang: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return lang === "en" ? [d, y] : [y, m, d];
};
/** The numbers a period text writes: a year, or the days a part of a year runs from and to. */
function periodNumbers(y: Year, lang: string): number[] {
  return y.full ? [y.year] : [...dateParts(y.start, lang), ...dateParts(y.end, lang)];
}
const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).map(Number);

beforeAll(() => loadExtra("overview", "en"));

describe.each(LANGUAGES)("the overview's numbers in %s, worked out from data/", (lang) => {
  beforeAll(() => activateLanguage(lang));

  const all = Object.entries(SERIES_SOURCES).flatMap(([id, series]) => Object.entries(series).map(([name, source], i) => ({ id, name, source, headline: i === 0 })));

  it.each(all.filter((s) => s.headline))("$id: the sentence's first and last full years and values", ({ id, source }) => {
    const card = cards().find((c) => c.id === id)!;
    const full = yearsOf(source).filter((y) => y.full && agreed(y));
    const text = cardSentence(card);
    if (full.length < 2) return expect(text).toBeNull();
    const parts = fill(text!, `overview.${id}.sentence` as "overviewLatest", ["first", "firstYear", "last", "lastYear"]);
    const unit = card.series[0].unit;
    const [first, last] = [full[0], full.at(-1)!];
    expect([yearOf(parts.firstYear), yearOf(parts.lastYear)]).toEqual([first.year, last.year]);
    expect(readAmount(parts.first)).toBe(shown(first.values[0], unit, lang));
    expect(readAmount(parts.last)).toBe(shown(last.values[0], unit, lang));
  });

  it.each(all)("$id $name: the latest value with its period, and the change over the last full year", ({ id, name, source }) => {
    const series = cards().find((c) => c.id === id)!.series.find((s) => s.series === name)!;
    const years = yearsOf(source);
    const facts = seriesFacts(series);
    const latest = years.filter(agreed).at(-1)!;
    const l = fill(facts.latest!, "overviewLatest", ["value", "period"]);
    expect(readAmount(l.value)).toBe(shown(latest.values[0], series.unit, lang));
    expect(numbersIn(l.period)).toEqual(periodNumbers(latest, lang));

    const full = years.filter((y) => y.full && agreed(y));
    const [to, from] = [full.at(-1)!, full.find((y) => y.year === full.at(-1)!.year - 1)];
    if (!from) return expect(facts.change).toBeNull();
    const c = fill(facts.change!, "overviewChange", ["from", "to", "change"]);
    expect([Number(c.from), Number(c.to)]).toEqual([from.year, to.year]);
    const [a, b] = [from.values[0], to.values[0]];
    if (series.unit === "percent") {
      expect(readAmount(fill(c.change, "overviewPoints", ["n"]).n)).toBe(round(b - a, 2));
      return;
    }
    const note = fill(c.change, "withNote", ["text", "note"]);
    expect(readAmount(note.text)).toBe(shown(b - a, series.unit, lang));
    expect(readAmount(note.note)).toBe(round(((b - a) / a) * 100, 1));
  });
});
