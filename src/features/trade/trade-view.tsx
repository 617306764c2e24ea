import { useCallback, useMemo } from "react";
import { SelectField } from "../../components/select-field";
import { UnitCharts } from "../../components/unit-charts";
import { useLabels } from "../../components/use-labels";
import { useDataset } from "../../components/use-dataset";
import type { ObservationRow } from "../../data/schemas";
import { describeSeries, isCited, seriesKey, type Label } from "../../lib/observation-series";
import { observationIdentity, type Facet } from "../../lib/series-identity";
import { useT } from "../../i18n/use-t";
import { useViewStore } from "../../state/view-store";
import { selectBalances, selectFlows, selectRatios, selectWorld, tradeSectors } from "./select-trade";

const NO_ROWS: ObservationRow[] = [];

const seriesBy = (label: Label, parts: Parameters<typeof describeSeries>[2], facet: Facet) => (r: ObservationRow) => ({
  key: seriesKey(r), identity: observationIdentity(r, facet), pointsOnly: isCited(r), label: describeSeries(r, label, parts), dashed: r.status !== "final", hollow: r.basis === "computed",
});

export default function TradeView() {
  const { t } = useT();
  const state = useDataset("trade-flows", "observation");
  const label = useLabels();
  const dir = useViewStore((s) => s.dir);
  const chosenSector = useViewStore((s) => s.sector);
  const set = useViewStore((s) => s.set);
  const reset = useViewStore((s) => s.reset);
  const rows = state.rows ?? NO_ROWS;
  const sectors = useMemo(() => tradeSectors(rows), [rows]);
  const sector = sectors.includes(chosenSector) ? chosenSector : "any";
  // Each chart gets the same rows and series functions until its own filters change, so the others skip a redraw.
  const flows = useMemo(() => selectFlows(rows, { dir, sector }), [rows, dir, sector]);
  const ratios = useMemo(() => selectRatios(rows, { sector }), [rows, sector]);
  const balances = useMemo(() => selectBalances(rows, { sector }), [rows, sector]);
  const world = useMemo(() => selectWorld(rows), [rows]);
  const series = useMemo(() => ({
    flows: seriesBy(label, ["direction", "sector", "measure"], "origin"),
    sector: seriesBy(label, ["sector", "measure"], "sector"),
    world: seriesBy(label, ["indicator", "measure"], "flow"),
  }), [label]);
  const onReset = useCallback(() => reset(["dir", "sector", "from", "to"]), [reset]);
  const common = { state, onReset };

  return (
    <div className="view">
      <div className="filters" role="group" aria-label={t("filters")}>
        <SelectField name="dir" label={t("direction")} value={dir} onChange={(v) => set({ dir: v as typeof dir })}
          options={[{ value: "both", label: t("bothDirections") }, { value: "KOR-JPN", label: t("korToJpn") }, { value: "JPN-KOR", label: t("jpnToKor") }]} />
        <SelectField name="sector" label={t("sector")} value={sector} onChange={(v) => set({ sector: v })}
          options={[{ value: "any", label: t("allSectors") }, ...sectors.map((s) => ({ value: s, label: label("sector", s) }))]} />
      </div>
      <UnitCharts id="flows" title={t("flowsTitle")} subtitle={t("flowsSubtitle")} rows={flows} seriesOf={series.flows} {...common} />
      <UnitCharts id="ratio" title={t("ratioTitle")} subtitle={t("ratioSubtitle")} rows={ratios} seriesOf={series.sector} {...common} />
      <UnitCharts id="balance" title={t("balanceTitle")} subtitle={t("balanceSubtitle")} rows={balances} seriesOf={series.sector} {...common} />
      <UnitCharts id="world" title={t("worldTitle")} subtitle={t("worldSubtitle")} rows={world} seriesOf={series.world} {...common} />
    </div>
  );
}
