import { INTL_LOCALE, type Language } from "../i18n/languages";

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as F;
}
const numbers = (lang: Language) => cached(`n:${lang}`, () => new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 }));
const dates = (lang: Language, options: Intl.DateTimeFormatOptions) =>
  cached(`d:${lang}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: "UTC", ...options }));

export function formatNumber(value: number, lang: Language): string {
  return numbers(lang).format(value);
}

/** A number in short form, for ticks: 800K, 80만, 80万. */
export function formatCompact(value: number, lang: Language): string {
  return cached(`c:${lang}`, () => new Intl.NumberFormat(INTL_LOCALE[lang], { notation: "compact", maximumFractionDigits: 2 })).format(value);
}

/** A relative change (0.25) as a signed percentage: +25%. */
export function formatRelativeChange(ratio: number, lang: Language): string {
  return cached(`r:${lang}`, () => new Intl.NumberFormat(INTL_LOCALE[lang], { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" })).format(ratio);
}

/** How Korean and Japanese write large amounts: in groups of four digits (만/万, 억/億, 조/兆), with their own words for units. */
const EAST_ASIAN = {
  ko: { groups: ["조", "억", "만"], gap: " ", words: { USD: " 달러", JPY: " 엔", KRW: " 원", persons: "명", copies: "장", count: "편", hours: "시간", titles: "종" }, ratio: "배", rank: "위" },
  ja: { groups: ["兆", "億", "万"], gap: "", words: { USD: "ドル", JPY: "円", KRW: "ウォン", persons: "人", copies: "枚", count: "本", hours: "時間", titles: "点" }, ratio: "倍", rank: "位" },
} as const;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** 277,290,000 as "2억 7,729만" (Korean) or "2億7,729万" (Japanese). */
export function myriads(amount: number, lang: "ko" | "ja"): string {
  const { groups, gap } = EAST_ASIAN[lang];
  let rest = Math.abs(amount);
  const parts: string[] = [];
  [1e12, 1e8, 1e4].forEach((size, i) => {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${formatNumber(count, lang)}${groups[i]}`);
    rest = Number((rest - count * size).toPrecision(12));
  });
  if (rest > 0 || parts.length === 0) parts.push(formatNumber(rest, lang));
  return `${amount < 0 ? "-" : ""}${parts.join(gap)}`;
}

/** A value in its unit as each language writes it: "277.29 US$ million", "2억 7,729만 달러", "2億7,729万ドル", "14.1%". */
export function formatValue(value: number, unit: string, lang: Language, unitLabel = unit): string {
  if (unit === "percent") return `${formatNumber(value, lang)}%`;
  if (lang === "en") {
    if (unit === "ratio") return `${formatNumber(value, lang)}×`;
    if (unit === "rank") return `No. ${value}`;
    return `${formatNumber(value, lang)} ${unitLabel}`;
  }
  const local = EAST_ASIAN[lang];
  if (unit === "ratio") return `${formatNumber(value, lang)}${local.ratio}`;
  if (unit === "rank") return `${value}${local.rank}`;
  const [base, scale] = unit.split("_");
  const word = local.words[base as keyof typeof local.words];
  if (!word || (scale && !SCALES[scale])) return `${formatNumber(value, lang)} ${unitLabel}`;
  return `${myriads(Number((value * (SCALES[scale] ?? 1)).toPrecision(12)), lang)}${word}`;
}

const PRECISION: Intl.DateTimeFormatOptions[] = [{ year: "numeric" }, { year: "numeric", month: "long" }, { dateStyle: "long" }];
const SHORT: Intl.DateTimeFormatOptions[] = [{ year: "numeric" }, { year: "numeric", month: "short" }, { dateStyle: "medium" }];

/** A date as precise as it is given (YYYY, YYYY-MM or YYYY-MM-DD): "12 March 2023", "2023년 3월 12일", "2023年3月12日". */
export function formatDate(date: string, lang: Language, style: "long" | "short" = "long"): string {
  const parts = date.split("-");
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return date;
  return dates(lang, (style === "long" ? PRECISION : SHORT)[parts.length - 1]).format(timestamp(date));
}

/** A month's short name: "Mar", "3월", "3月". */
export function formatMonthName(time: number, lang: Language): string {
  return dates(lang, { month: "short" }).format(time);
}

/** A month on a weekly axis: "Mar 2023", "2023년 3월", "2023年3月". */
export function formatMonth(time: number, lang: Language): string {
  return dates(lang, SHORT[1]).format(time);
}

/** Decimal year of an ISO date (or YYYY / YYYY-MM), for placing events on a yearly axis. */
export function decimalYear(date: string): number {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

/** Milliseconds since 1970 of an ISO date (or YYYY / YYYY-MM), for a weekly axis. */
export function timestamp(date: string): number {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
