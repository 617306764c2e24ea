import { useMemo } from "react";
import type { EventRow, ObservationRow } from "../../data/schemas";
import { joinList, labelled, withNote } from "../../i18n/i18n";
import { localized } from "../../i18n/localized";
import { useT } from "../../i18n/use-t";
import { yearSentenceFacts } from "../../lib/compare-sentence";
import { yearComparisonTable } from "../../lib/compare-tables";
import type { WindowSizes } from "../../lib/compare-windows";
import { compareYears, type YearSeriesComparison, type YearSide, type YearWindow } from "../../lib/compare-years";
import { eventId } from "../../lib/event-id";
import { formatValue } from "../../lib/format";
import { isCited } from "../../lib/observation-series";
import { TableDownload } from "../table-download";
import { eventDate } from "../use-events";
import { useClippedBy } from "./use-comparison";
import { changeText, sentenceText, type ValueText } from "../../lib/compare-text";
import { ComparePanel } from "./compare-panel";
import type { CompareRow, SideCell } from "./compare-table";
import { useLabels } from "../use-dataset";

type Props = { id: string; dataset: string; title: string; rows: ObservationRow[]; seriesLabel: (r: ObservationRow) => string; event: EventRow; sizes: WindowSizes };

/** Years as the page writes a span: "2020" or "2020 – 2022". */
function yearsText({ from, to }: YearWindow, t: ReturnType<typeof useT>["t"]) {
  return from === to ? String(from) : t("dateRange", { start: String(from), end: String(to) });
}

/** The before/after comparison of a yearly chart: the value or mean of each statistic's figures in each window. */
export default function YearCompare({ id, dataset, title, rows, seriesLabel, event, sizes }: Props) {
  const { t, lang } = useT();
  const label = useLabels();
  const c = useMemo(() => compareYears(rows, event, sizes), [rows, event, sizes]);
  const clippedBy = useClippedBy(c.windows.before.from, c.windows.after.to);
  const eventLabel = localized(event, "label", lang);
  const valueOf = (r: ObservationRow): ValueText => (v) => formatValue(v, r.unit, lang, label("unit", r.unit));
  const nameOf = (s: YearSeriesComparison) => (isCited(s.row) ? withNote(seriesLabel(s.row), s.row.sourcePublisher) : seriesLabel(s.row));

  const side = (s: YearSeriesComparison, which: "before" | "after"): SideCell => {
    const x: YearSide = s[which];
    const disputed = x.disputedYears.length ? t("compare.disputed", { years: joinList(x.disputedYears.map(String)) }) : "";
    if (x.n > 0) {
      const years = t("compare.yearFigures", { n: x.n, years: joinList(x.figures.map((f) => String(f.year))) });
      return { value: valueOf(s.row)(x.mean!), detail: joinList([years, disputed]), thin: x.thin };
    }
    const m = s.missing!;
    const none = m.nearestYear === null
      ? t(which === "before" ? "compare.noFigureBefore" : "compare.noFigureAfter", { when: String(which === "before" ? m.firstYear : m.lastYear) })
      : t("compare.noFigureIn", { when: yearsText(x.window, t), nearest: String(m.nearestYear) });
    return { value: null, detail: joinList([none, disputed]), thin: false };
  };
  // A cited figure's publisher is named as it names itself, like every source.
  const labelOf = (s: YearSeriesComparison) => (isCited(s.row) ? <>{seriesLabel(s.row)}<span className="compare-detail" translate="no">{s.row.sourcePublisher}</span></> : seriesLabel(s.row));
  const toRow = (s: YearSeriesComparison): CompareRow => ({
    key: s.key, label: labelOf(s), before: side(s, "before"), after: side(s, "after"),
    change: s.change ? changeText(s.change, valueOf(s.row), lang, s.row.unit) : "—",
  });
  const paired = c.series.filter((s) => s.change !== null);
  // The sentence speaks of the best-founded pair: a statistic before a single cited figure, then the most figures.
  const lead = [...paired].sort((a, b) => Number(isCited(a.row)) - Number(isCited(b.row)) || b.before.n + b.after.n - (a.before.n + a.after.n))[0];
  const facts = lead && yearSentenceFacts(c, lead);
  const sentence = facts ? sentenceText(facts, { event: withNote(eventLabel, eventDate(event, lang)), series: nameOf(lead), value: valueOf(lead.row), lang, unit: lead.row.unit }) : undefined;
  const eventYears = yearsText(c.eventYears, t);
  return (
    <ComparePanel id={id} event={event} unit="years" sizes={sizes} sentence={sentence} clippedBy={clippedBy}
      windows={t("compare.yearWindows", { before: yearsText(c.windows.before, t), event: eventYears, after: yearsText(c.windows.after, t) })}
      table={{
        caption: t("compare.caption", { chart: title, event: eventLabel }),
        beforeHead: labelled(t("compare.before"), yearsText(c.windows.before, t)),
        afterHead: labelled(t("compare.after"), yearsText(c.windows.after, t)),
        paired: paired.map(toRow),
        oneSided: c.series.filter((s) => s.change === null).map(toRow),
      }}
      download={<TableDownload label={t("compare.download")} dataset={`${dataset}_${id}_compare`} extra={{ event: eventId(event), before: String(c.sizes.before), after: String(c.sizes.after) }}
        table={async () => yearComparisonTable(c, (s) => nameOf(s), eventId(event))} />} />
  );
}
