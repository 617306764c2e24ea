import type { ObservationRow } from "../data/schemas";
import { groupSeries, isYearly, publishersOf } from "./observation-series";
import type { SeriesIdentity } from "./series-identity";
import { layoutYears } from "./year-series";

/** What a series is: its colour follows `identity`, its marks follow the other fields (see `ChartLine`). */
export type SeriesId = { key: string; label: string; identity: SeriesIdentity; dashed?: boolean; hollow?: boolean; pointsOnly?: boolean };

/**
 * What an observation chart shows for a range of years: the rows in range (sorted by year, then series),
 * the yearly ones laid out as series, the ones that cannot sit on a yearly axis, the unit and the publishers.
 */
export function selectObservationChart(rows: ObservationRow[], seriesOf: (row: ObservationRow) => SeriesId, from: number, to: number) {
  const inRange = rows
    .filter((r) => r.year === null || (r.year >= from && r.year <= to))
    .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || seriesOf(a).label.localeCompare(seriesOf(b).label));
  const charted = inRange.filter(isYearly);
  const styles = new Map<string, SeriesId>();
  for (const r of charted) if (!styles.has(seriesOf(r).key)) styles.set(seriesOf(r).key, seriesOf(r));
  const series = groupSeries(charted, (r) => seriesOf(r).key, (r) => seriesOf(r).label);
  const layout = layoutYears(series, from, to);
  const lines: SeriesId[] = series.map((s) => ({ ...styles.get(s.key)!, key: s.key, label: s.label }));
  return {
    inRange,
    charted,
    undated: inRange.filter((r) => !isYearly(r)),
    series,
    layout,
    lines,
    unit: charted[0]?.unit ?? inRange[0]?.unit ?? "",
    publishers: publishersOf(inRange),
  };
}
