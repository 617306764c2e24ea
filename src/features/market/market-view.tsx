import { useCallback, useMemo } from "react";
import { SelectField } from "../../components/select-field";
import { UnitCharts } from "../../components/unit-charts";
import { useLabels } from "../../components/use-labels";
import { useDataset } from "../../components/use-dataset";
import type { ObservationRow } from "../../data/schemas";
import { describeSeries, isCited, seriesKey } from "../../lib/observation-series";
import { observationIdentity } from "../../lib/series-identity";
import { useT } from "../../i18n/use-t";
import { useViewStore } from "../../state/view-store";

type Filter = { market: "both" | "JPN" | "KOR"; sector: string };

/** Market size and sales figures of the chosen markets and sector. */
export function selectMarket(rows: ObservationRow[], f: Filter): ObservationRow[] {
  return rows.filter(
    (r) => r.indicator !== "world_rank" && (f.market === "both" ? ["JPN", "KOR"].includes(r.reporter) : r.reporter === f.market) && (f.sector === "any" || r.sector === f.sector),
  );
}

export function selectRanks(rows: ObservationRow[], f: Pick<Filter, "market">): ObservationRow[] {
  return rows.filter((r) => r.indicator === "world_rank" && (f.market === "both" || r.reporter === f.market));
}

const NO_ROWS: ObservationRow[] = [];

export default function MarketView() {
  const { t } = useT();
  const state = useDataset("market-size", "observation");
  const label = useLabels();
  const market = useViewStore((s) => s.market);
  const chosenSector = useViewStore((s) => s.sector);
  const set = useViewStore((s) => s.set);
  const reset = useViewStore((s) => s.reset);
  const rows = state.rows ?? NO_ROWS;
  const sectors = useMemo(() => [...new Set(rows.filter((r) => r.indicator !== "world_rank").map((r) => r.sector))].sort(), [rows]);
  const sector = sectors.includes(chosenSector) ? chosenSector : "any";
  const series = useCallback((r: ObservationRow) => ({ key: seriesKey(r), identity: observationIdentity(r, "origin"), pointsOnly: isCited(r), label: describeSeries(r, label, ["market", "indicator", "sector", "measure"]), dashed: r.status !== "final" }), [label]);
  const onReset = useCallback(() => reset(["market", "sector", "from", "to"]), [reset]);
  const sizes = useMemo(() => selectMarket(rows, { market, sector }), [rows, market, sector]);
  const ranks = useMemo(() => selectRanks(rows, { market }), [rows, market]);
  return (
    <div className="view">
      <div className="filters" role="group" aria-label={t("filters")}>
        <SelectField name="market" label={t("market")} value={market} onChange={(v) => set({ market: v as Filter["market"] })}
          options={[{ value: "both", label: t("bothMarkets") }, { value: "JPN", label: t("japan") }, { value: "KOR", label: t("korea") }]} />
        <SelectField name="sector" label={t("sector")} value={sector} onChange={(v) => set({ sector: v })}
          options={[{ value: "any", label: t("allSectors") }, ...sectors.map((s) => ({ value: s, label: label("sector", s) }))]} />
      </div>
      <UnitCharts id="market" title={t("marketTitle")} subtitle={t("marketSubtitle")} rows={sizes}
        seriesOf={series} state={state} onReset={onReset} />
      <UnitCharts id="rank" title={t("rankTitle")} subtitle={t("rankSubtitle")} rows={ranks}
        seriesOf={series} state={state} onReset={onReset} />
    </div>
  );
}
