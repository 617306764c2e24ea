import { useMemo } from "react";
import type { CrossBorderWeek, EventRow } from "../../data/schemas";
import { joinList, withNote } from "../../i18n/i18n";
import { localized } from "../../i18n/localized";
import { useT } from "../../i18n/use-t";
import { weekSentenceFacts } from "../../lib/compare-sentence";
import { weekComparisonTable } from "../../lib/compare-tables";
import { compareWeeks, type WeekSeriesComparison, type WeekSide } from "../../lib/compare-weeks";
import type { WindowSizes } from "../../lib/compare-windows";
import { eventId } from "../../lib/event-id";
import { formatDate, formatNumber } from "../../lib/format";
import type { WeekDate } from "../../lib/week-slots";
import { TableDownload } from "../table-download";
import { eventDate } from "../use-events";
import { changeText, sentenceText } from "../../lib/compare-text";
import { ComparePanel } from "./compare-panel";
import type { CompareRow, SideCell } from "./compare-table";
import { EnteredTitles } from "./entered-titles";
import { useClippedBy } from "./use-comparison";

type Props = {
  id: string;
  dataset: string;
  title: string;
  rows: CrossBorderWeek[];
  /** The series' name from its "category|origin" key, as the chart names it. */
  seriesLabel: (key: string) => string;
  event: EventRow;
  sizes: WindowSizes;
  weekDate: WeekDate;
  noun: "titles" | "songs";
  attribution: string;
};

/** The before/after comparison of a weekly chart: mean entries and mean best rank of each list in each window, and the titles that entered. */
export default function WeekCompare({ id, dataset, title, rows, seriesLabel, event, sizes, weekDate, noun, attribution }: Props) {
  const { t, lang } = useT();
  const c = useMemo(() => compareWeeks(rows, event, sizes, weekDate), [rows, event, sizes, weekDate]);
  const eventLabel = localized(event, "label", lang);
  const date = (week: string) => formatDate(week, lang, "short");
  const span = (w: { from: string; to: string }) => t("dateRange", { start: date(w.from), end: date(w.to) });
  const keyOf = (s: WeekSeriesComparison) => `${s.category}|${s.origin}`;
  const count = (v: number) => formatNumber(v, lang);

  const missing = (s: WeekSeriesComparison, which: "before" | "after") => {
    const m = s.missing!;
    if (m.nearestWeek === null) return t(which === "before" ? "compare.noListBefore" : "compare.noListAfter", { when: date(which === "before" ? m.firstWeek : m.lastWeek) });
    return t("compare.noListIn", { when: span(s[which].window), nearest: date(m.nearestWeek) });
  };
  const basis = (x: WeekSide) => joinList([
    t("compare.weekLists", { n: x.lists }),
    x.truncated ? t("compare.covered", { covered: x.covered, size: x.size }) : "",
    x.missingWeeks.length ? t("compare.missingWeeks", { n: x.missingWeeks.length }) : "",
    x.unknownEntries ? t("compare.unknown", { n: x.unknownEntries }) : "",
  ]);
  const entriesSide = (s: WeekSeriesComparison, which: "before" | "after"): SideCell => {
    const x = s[which];
    return x.lists > 0 ? { value: count(x.meanEntries!), detail: basis(x), thin: x.thin } : { value: null, detail: missing(s, which), thin: false };
  };
  const rankSide = (s: WeekSeriesComparison, which: "before" | "after"): SideCell => {
    const x = s[which];
    if (x.lists === 0) return { value: null, detail: missing(s, which), thin: false };
    if (x.rankedLists === 0) return { value: null, detail: t("compare.notListed", { n: x.lists }), thin: false };
    return { value: count(x.meanBestRank!), detail: t("compare.rankedLists", { n: x.rankedLists, lists: x.lists }), thin: x.rankedLists < 3 };
  };
  const toRows = (s: WeekSeriesComparison): CompareRow[] => [
    { key: `${s.key}|entries`, label: seriesLabel(keyOf(s)), note: t("compare.meanEntries", { noun }), before: entriesSide(s, "before"), after: entriesSide(s, "after"),
      change: s.change.entries ? changeText(s.change.entries, count, lang) : "—" },
    { key: `${s.key}|rank`, label: seriesLabel(keyOf(s)), note: t("compare.meanBestRank"), before: rankSide(s, "before"), after: rankSide(s, "after"),
      change: s.change.bestRank ? changeText(s.change.bestRank, count, lang, undefined, false) : "—" },
  ];
  const paired = c.series.filter((s) => s.missing === null);
  const lead = c.series.find((s) => s.change.entries !== null);
  const facts = lead && weekSentenceFacts(c, lead, "entries");
  const sentence = lead && facts
    ? sentenceText(facts, { event: withNote(eventLabel, eventDate(event, lang)), series: withNote(seriesLabel(keyOf(lead)), title), value: (v) => t("compare.perWeek", { n: count(v) }), change: count, lang })
    : undefined;
  const first = paired[0] ?? c.series[0];
  const yearOf = (week?: string) => Number((week ?? "").slice(0, 4));
  const clippedBy = useClippedBy(yearOf(first?.before.window.from), yearOf(first?.after.window.to));
  return (
    <ComparePanel id={id} event={event} unit="weeks" sizes={c.sizes} sentence={sentence} clippedBy={first && clippedBy}
      windows={first ? t("compare.weekWindows", { before: span(first.before.window), event: joinList(first.eventWeeks.map(date)), after: span(first.after.window) }) : ""}
      table={{
        caption: t("compare.caption", { chart: title, event: eventLabel }),
        beforeHead: t("compare.weeksBefore", { n: c.sizes.before }),
        afterHead: t("compare.weeksAfter", { n: c.sizes.after }),
        paired: paired.flatMap(toRows),
        oneSided: c.series.filter((s) => s.missing !== null).flatMap(toRows),
      }}
      download={<TableDownload label={t("compare.download")} dataset={`${dataset}_compare`} extra={{ event: eventId(event), before: String(c.sizes.before), after: String(c.sizes.after) }}
        table={async () => weekComparisonTable(c, eventId(event), attribution)} />}>
      {paired.map((s) => <EnteredTitles key={s.key} series={seriesLabel(keyOf(s))} sizes={c.sizes} titles={s.entered} noun={noun} />)}
    </ComparePanel>
  );
}
