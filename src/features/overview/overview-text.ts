import { activeLanguage, t, tOr } from "../../i18n/i18n";
import { formatDate, formatNumber, formatRelativeChange, formatValue } from "../../lib/format";
import type { OverviewCard, OverviewChange, OverviewFigure, OverviewSeries } from "../../lib/overview";

/** A unit's name on the overview, which reads no labels file: the catalogue's, else the code. */
export const unitName = (unit: string) => tOr(`overviewUnits.${unit}`, unit);

/** A value in its unit, as the page's language writes it. */
export const overviewValue = (value: number, unit: string) => formatValue(value, unit, activeLanguage(), unitName(unit));

/** When a figure runs: its year, its fiscal year, or the days of a part of a year. */
export function figurePeriod(f: Pick<OverviewFigure, "year" | "period" | "periodStart" | "periodEnd">): string {
  const lang = activeLanguage();
  if (f.period === "fiscal") return t("period.fiscal", { year: f.year });
  if (f.period === "span") return t("dateRange", { start: formatDate(f.periodStart, lang), end: formatDate(f.periodEnd, lang) });
  return String(f.year);
}

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

/** The change from one year to the next: in points for a share, else in the unit and as a percentage. */
export function changeText(change: OverviewChange, unit: string): string {
  const lang = activeLanguage();
  if (unit === "percent") return t("overviewPoints", { n: signed(formatNumber(change.absolute, lang), change.absolute) });
  const absolute = signed(overviewValue(change.absolute, unit), change.absolute);
  if (change.relative === null) return absolute;
  return t("withNote", { text: absolute, note: formatRelativeChange(change.relative, lang) });
}

export type SeriesFacts = { latest: string | null; change: string | null };

/** A series' latest value with its period, and its change over the last full year. */
export function seriesFacts(s: OverviewSeries): SeriesFacts {
  return {
    latest: s.latest ? t("overviewLatest", { value: overviewValue(s.latest.value, s.unit), period: figurePeriod(s.latest) }) : null,
    change: s.change ? t("overviewChange", { from: s.change.from.year, to: s.change.to.year, change: changeText(s.change, s.unit) }) : null,
  };
}

/**
 * The card's sentence, built only from its headline series' first and last full years with an agreed value;
 * none when the series has fewer than two such years.
 */
export function cardSentence(card: OverviewCard): string | null {
  const s = card.series[0];
  if (!s.first || !s.last || s.first.year === s.last.year) return null;
  return t(`overview.${card.id}.sentence`, {
    first: overviewValue(s.first.value, s.unit), firstYear: figurePeriod(s.first),
    last: overviewValue(s.last.value, s.unit), lastYear: figurePeriod(s.last),
  });
}
