import { t } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import { formatRelativeChange } from "./format";
import type { Change, WindowUnit } from "./compare-windows";
import type { SentenceFacts } from "./compare-sentence";

/** A value in its unit, as the panel writes it (formatValue, or a count). */
export type ValueText = (value: number) => string;

/** "+0.75" or "-2.1 US$ million": the difference with its sign, in the series' unit; a change of a share is in points. */
export function signedText(absolute: number, value: ValueText, unit?: string): string {
  const size = unit === "percent" ? t("compare.points", { n: value(Math.abs(absolute)).replace(/%$/, "") }) : value(Math.abs(absolute));
  return absolute > 0 ? `+${size}` : absolute < 0 ? `-${size}` : size;
}

/** The absolute change and, where it has a plain reading, the relative one: "+0.75 (+90%)". */
export function changeText(change: Change, value: ValueText, lang: Language, unit?: string, relative = true): string {
  const absolute = signedText(change.absolute, value, unit);
  return relative && change.relative !== null ? t("withNote", { text: absolute, note: formatRelativeChange(change.relative, lang) }) : absolute;
}

/** "3 years", "12 weeks". */
export const windowText = (unit: WindowUnit, n: number) => t("compare.span", { unit, n });

/** One line of numbers about a pair, from its facts and nothing else; "after", never "because of". */
export function sentenceText(f: SentenceFacts, o: { event: string; series: string; value: ValueText; change?: ValueText; lang: Language; unit?: string; relative?: boolean }): string {
  const text = t("compare.sentence", {
    event: o.event,
    series: o.series,
    after: windowText(f.unit, f.after.size),
    before: windowText(f.unit, f.before.size),
    afterValue: o.value(f.after.value),
    beforeValue: o.value(f.before.value),
    change: changeText(f.change, o.change ?? o.value, o.lang, o.unit, o.relative ?? true),
    basis: t("compare.basis", { unit: f.unit, after: f.after.n, before: f.before.n }),
  });
  return f.before.thin || f.after.thin ? t("compare.twoSentences", { first: text, second: t("compare.sentenceThin") }) : text;
}
