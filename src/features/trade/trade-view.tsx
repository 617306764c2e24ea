import { SelectField } from "../../components/select-field";
import { UnitCharts } from "../../components/unit-charts";
import { useLabels } from "../../components/use-labels";
import { useDataset } from "../../components/use-dataset";
import type { ObservationRow } from "../../data/schemas";
import { describeSeries, isCited, seriesKey } from "../../lib/observation-series";
import { observationIdentity, type Facet } from "../../lib/series-identity";
import { MESSAGES as M } from "../../messages";
import { useViewStore } from "../../state/view-store";
import { selectBalances, selectFlows, selectRatios, selectWorld, tradeSectors } from "./select-trade";

export default function TradeView() {
  const state = useDataset("trade-flows", "observation");
  const label = useLabels();
  const dir = useViewStore((s) => s.dir);
  const chosenSector = useViewStore((s) => s.sector);
  const set = useViewStore((s) => s.set);
  const reset = useViewStore((s) => s.reset);
  const rows = state.rows ?? [];
  const sectors = tradeSectors(rows);
  const sector = sectors.includes(chosenSector) ? chosenSector : "any";
  const filter = { dir, sector };
  const onReset = () => reset(["dir", "sector", "from", "to"]);
  const common = { state, onReset };
  const series = (parts: Parameters<typeof describeSeries>[2], facet: Facet) => (r: ObservationRow) => ({
    key: seriesKey(r), identity: observationIdentity(r, facet), pointsOnly: isCited(r), label: describeSeries(r, label, parts), dashed: r.status !== "final", hollow: r.basis === "computed",
  });

  return (
    <div className="view">
      <div className="filters" role="group" aria-label={M.filters}>
        <SelectField name="dir" label={M.direction} value={dir} onChange={(v) => set({ dir: v as typeof dir })}
          options={[{ value: "both", label: M.bothDirections }, { value: "KOR-JPN", label: M.korToJpn }, { value: "JPN-KOR", label: M.jpnToKor }]} />
        <SelectField name="sector" label={M.sector} value={sector} onChange={(v) => set({ sector: v })}
          options={[{ value: "any", label: M.allSectors }, ...sectors.map((s) => ({ value: s, label: label("sector", s) }))]} />
      </div>
      <UnitCharts id="flows" title={M.flowsTitle} subtitle={M.flowsSubtitle} rows={selectFlows(rows, filter)}
        seriesOf={series(["direction", "sector", "measure"], "origin")} {...common} />
      <UnitCharts id="ratio" title={M.ratioTitle} subtitle={M.ratioSubtitle} rows={selectRatios(rows, filter)}
        seriesOf={series(["sector", "measure"], "sector")} {...common} />
      <UnitCharts id="balance" title={M.balanceTitle} subtitle={M.balanceSubtitle} rows={selectBalances(rows, filter)}
        seriesOf={series(["sector", "measure"], "sector")} {...common} />
      <UnitCharts id="world" title={M.worldTitle} subtitle={M.worldSubtitle} rows={selectWorld(rows)}
        seriesOf={series(["indicator", "measure"], "flow")} {...common} />
    </div>
  );
}
