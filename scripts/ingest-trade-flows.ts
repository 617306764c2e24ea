import { factDataset } from "./lib/fact-dataset";
import { kosisRows } from "./lib/kosis-inputs";
import type { Observation } from "./lib/observations";
import { regionalFlowRows } from "./lib/regional-table";

const STATUS_ORDER = ["final", "preliminary", "estimate"] as const;

/** Exports over imports, only where one source gives both for the same year, sector, partner and unit. */
export function computeRatios(rows: Observation[]): Observation[] {
  const full = rows.filter((r) => r.period === "year" && r.year !== null);
  const imports = full.filter((r) => r.indicator === "import_value");
  return full
    .filter((r) => r.indicator === "export_value")
    .flatMap((exp) => {
      const imp = imports.find(
        (i) =>
          i.sourceId === exp.sourceId && i.year === exp.year && i.sector === exp.sector &&
          i.reporter === exp.reporter && i.partner === exp.partner && i.unit === exp.unit && i.value > 0,
      );
      if (!imp) return [];
      const status = STATUS_ORDER[Math.max(STATUS_ORDER.indexOf(exp.status), STATUS_ORDER.indexOf(imp.status))];
      return [{
        ...exp,
        indicator: "export_import_ratio",
        status,
        value: Math.round((exp.value / imp.value) * 100) / 100,
        unit: "ratio",
        basis: "computed" as const,
        note: `Computed here: exports ${exp.value} ÷ imports ${imp.value} (${exp.unit}), both from this source.`,
        quote: `${exp.quote} / ${imp.quote}`,
      }];
    });
}

export const tradeFlows = factDataset({
  id: "trade-flows",
  title: "Content exports and imports between Korea and Japan",
  description:
    "Korea's cultural-content exports to Japan and imports from Japan, Korea's totals with the world for context, trade balances and the export/import ratio, by year and sector, as reported by official statistics and the press.",
  notes: [
    "Figures from different statistics (KOCCA's industry survey, Bank of Korea balance of payments, Korea Customs goods data, broadcasting surveys) are kept apart in the measure column and never joined into one line.",
    "A ratio is computed only from an export and an import given by the same source for the same year, sector and unit; every other ratio is the one the source reports.",
    "Rows with a period other than 'year' cover part of a year and are not comparable with full-year rows.",
    "Music exports to Japan and to all regions, 2005 on, come from one table of KOCCA's Content Industry Survey on KOSIS, in thousand US dollars as published; a year the table leaves blank has no row.",
  ],
  indicators: ["export_value", "import_value", "export_import_ratio", "trade_balance", "ip_trade_balance"],
  derive: computeRatios,
  extra: kosisRows(regionalFlowRows),
});
