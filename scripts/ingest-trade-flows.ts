import { isFullYear } from "../src/data/periods";
import { factDataset } from "./lib/fact-dataset";
import { kosisRows } from "./lib/kosis-inputs";
import type { Observation } from "./lib/observations";
import { regionalFlowRows } from "./lib/regional-table";

const STATUS_ORDER = ["final", "preliminary", "estimate"] as const;

/** Exports over imports, only where one source gives both for the same full year, sector, partner and unit. */
export function computeRatios(rows: Observation[]): Observation[] {
  const full = rows.filter((r) => isFullYear(r.period) && r.year !== null);
  const imports = full.filter((r) => r.indicator === "import_value");
  return full
    .filter((r) => r.indicator === "export_value")
    .flatMap((exp) => {
      const imp = imports.find(
        (i) =>
          i.sourceId === exp.sourceId && i.year === exp.year && i.period === exp.period && i.sector === exp.sector &&
          i.reporter === exp.reporter && i.partner === exp.partner && i.unit === exp.unit && i.value > 0,
      );
      if (!imp) return [];
      const status = STATUS_ORDER[Math.max(STATUS_ORDER.indexOf(exp.status), STATUS_ORDER.indexOf(imp.status))];
      const quality = exp.quality || imp.quality;
      return [{
        ...exp,
        indicator: "export_import_ratio",
        status,
        quality,
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
    "Korea's cultural-content exports to Japan and imports from Japan, Korea's totals with the world for context, Japan's own broadcast-content exports, trade and services balances and the export/import ratio, by year and sector, as reported by official statistics and the press.",
  notes: [
    "Figures from different statistics (KOCCA's industry survey, the broadcast programme-trade survey, the broadcasting industry survey, KOFIC, the Bank of Korea's IP trade and balance of payments on each basis, Korea Customs goods data, Japan MIC) are kept apart in the measure column and never joined into one line.",
    "A ratio is computed only from an export and an import given by the same source for the same full year, sector and unit; every other ratio is the one the source reports.",
    "Japan MIC's broadcast-content exports are by fiscal year (April to March) and labelled so; rows for part of a year, running totals or an unstated span are not comparable with full-year rows.",
    "Music exports to Japan and to all regions, 2005 on, come from one table of KOCCA's Content Industry Survey on KOSIS, in thousand US dollars as published; a year the table leaves blank has no row.",
  ],
  indicators: ["export_value", "import_value", "export_import_ratio", "trade_balance", "ip_trade_balance", "services_balance"],
  derive: computeRatios,
  extra: kosisRows(regionalFlowRows),
});
