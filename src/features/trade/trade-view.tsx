import { useCallback, useMemo } from "react";
import { SelectField } from "../../components/select-field";
import { UnitCharts } from "../../components/unit-charts";
import { useDataset, useLabels } from "../../components/use-dataset";
import type { ObservationRow } from "../../data/schemas";
import { chooseSector, seriesFor } from "../../lib/sector-choice";
import { useT } from "../../i18n/use-t";
import { useViewStore } from "../../state/view-store";
import { selectBalances, selectFlows, selectRatios, selectServiceBalances, selectWorld, TRADE_SECTORS, tradeSectors } from "./select-trade";

const NO_ROWS: ObservationRow[] = [];

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
  const sector = chooseSector(sectors, chosenSector, TRADE_SECTORS);
  // Each chart gets the same rows and series functions until its own filters change, so the others skip a redraw.
  const exports = useMemo(() => selectFlows(rows, { indicator: "export_value", sector }), [rows, sector]);
  const imports = useMemo(() => selectFlows(rows, { indicator: "import_value", sector }), [rows, sector]);
  const ratios = useMemo(() => selectRatios(rows), [rows]);
  const balances = useMemo(() => selectBalances(rows), [rows]);
  const services = useMemo(() => selectServiceBalances(rows), [rows]);
  const world = useMemo(() => selectWorld(rows), [rows]);
  const series = useMemo(() => ({
    exports: seriesFor(exports, ["sector", "measure"], label, "measure"),
    imports: seriesFor(imports, ["sector", "measure"], label, "measure"),
    ratios: seriesFor(ratios, ["sector", "measure"], label, "sector"),
    balances: seriesFor(balances, ["sector", "measure"], label, "sector"),
    services: seriesFor(services, ["sector", "measure"], label, "sector"),
    world: seriesFor(world, ["indicator", "measure"], label, "flow"),
  }), [exports, imports, ratios, balances, services, world, label]);
  const onReset = useCallback(() => reset(["dir", "sector", "from", "to"]), [reset]);
  const common = { state, onReset };
  const sectorName = label("sector", sector);

  return (
    <div className="view">
      <div className="filters" role="group" aria-label={t("filters")}>
        <SelectField name="dir" label={t("direction")} value={dir} onChange={(v) => set({ dir: v as typeof dir })}
          options={[{ value: "both", label: t("bothDirections") }, { value: "KOR-JPN", label: t("korToJpn") }, { value: "JPN-KOR", label: t("jpnToKor") }]} />
        <SelectField name="sector" label={t("sector")} value={sector} onChange={(v) => set({ sector: v })}
          options={sectors.map((s) => ({ value: s, label: label("sector", s) }))} />
      </div>
      {dir !== "JPN-KOR" && (
        <UnitCharts id="flows" title={t("exportsTitle", { sector: sectorName })} subtitle={t("flowsSubtitle")} rows={exports} seriesOf={series.exports} {...common} />
      )}
      {dir !== "KOR-JPN" && (
        <UnitCharts id="imports" title={t("importsTitle", { sector: sectorName })} subtitle={t("flowsSubtitle")} rows={imports} seriesOf={series.imports} {...common} />
      )}
      <UnitCharts id="ratio" title={t("ratioTitle")} subtitle={t("ratioSubtitle")} rows={ratios} seriesOf={series.ratios} {...common} />
      <UnitCharts id="balance" title={t("balanceTitle")} subtitle={t("balanceSubtitle")} rows={balances} seriesOf={series.balances} {...common} />
      <UnitCharts id="services-balance" title={t("servicesBalanceTitle")} subtitle={t("servicesBalanceSubtitle")} rows={services} seriesOf={series.services} {...common} />
      <UnitCharts id="world" title={t("worldTitle")} subtitle={t("worldSubtitle")} rows={world} seriesOf={series.world} {...common} />
    </div>
  );
}
