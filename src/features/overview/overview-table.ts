import type { OverviewRow } from "../../data/schemas";
import { t } from "../../i18n/i18n";
import type { Table } from "../../lib/csv";

/** The figures of an overview card as a download: exactly the rows it shows, each with its source and the dataset it comes from. */
export function overviewTable(rows: OverviewRow[], seriesLabel: (r: OverviewRow) => string, unitLabel: (unit: string) => string): Table {
  const units = [...new Set(rows.map((r) => r.unit))];
  const valueHeader = units.length === 1 ? t("csvValueIn", { unit: unitLabel(units[0]) }) : t("csvValueSeeUnit");
  return {
    headers: [t("colYear"), t("csvPeriod"), t("csvPeriodStart"), t("csvPeriodEnd"), t("colSeries"), valueHeader, t("csvUnit"), t("colStatus"), t("csvQuality"),
      t("csvBasis"), t("csvWeeksAveraged"), t("csvDataset"), t("csvNote"), t("csvSourcePublisher"), t("csvSourceTitle"), t("csvSourceDate"), t("csvSourceVia"), t("csvSourceUrl")],
    rows: rows.map((r) => [r.year, r.period, r.periodStart, r.periodEnd, seriesLabel(r), r.value, r.unit, r.status, r.quality, r.basis, r.inputs, r.dataset, r.note,
      r.sourcePublisher, r.sourceTitle, r.sourceDate, r.sourceVia, r.sourceUrl]),
  };
}
