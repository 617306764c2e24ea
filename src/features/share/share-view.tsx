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

/** Shares of Korea's exports going to Japan (and the one combined China + Japan figure), or of its imports from Japan. */
export function selectShares(rows: ObservationRow[], f: { sector: string; indicator: "export_share" | "import_share" }): ObservationRow[] {
  return rows.filter((r) => r.indicator === f.indicator && (f.sector === "any" || r.sector === f.sector));
}

const NO_ROWS: ObservationRow[] = [];

export default function ShareView() {
  const { t } = useT();
  const state = useDataset("export-share", "observation");
  const label = useLabels();
  const chosenSector = useViewStore((s) => s.sector);
  const dir = useViewStore((s) => s.dir);
  const set = useViewStore((s) => s.set);
  const reset = useViewStore((s) => s.reset);
  const rows = state.rows ?? NO_ROWS;
  const sectors = useMemo(() => [...new Set(rows.map((r) => r.sector))].sort(), [rows]);
  const sector = sectors.includes(chosenSector) ? chosenSector : "any";
  const onReset = useCallback(() => reset(["dir", "sector", "from", "to"]), [reset]);
  const series = useCallback((r: ObservationRow) => ({ key: seriesKey(r), identity: observationIdentity(r, "sector"), pointsOnly: isCited(r), label: describeSeries(r, label, ["direction", "sector", "measure"]) }), [label]);
  const exports = useMemo(() => selectShares(rows, { sector, indicator: "export_share" }), [rows, sector]);
  const imports = useMemo(() => selectShares(rows, { sector, indicator: "import_share" }), [rows, sector]);
  return (
    <div className="view">
      <div className="filters" role="group" aria-label={t("filters")}>
        <SelectField name="dir" label={t("direction")} value={dir} onChange={(v) => set({ dir: v as typeof dir })}
          options={[{ value: "both", label: t("bothDirections") }, { value: "KOR-JPN", label: t("shareOfExports") }, { value: "JPN-KOR", label: t("shareOfImports") }]} />
        <SelectField name="sector" label={t("sector")} value={sector} onChange={(v) => set({ sector: v })}
          options={[{ value: "any", label: t("allSectors") }, ...sectors.map((s) => ({ value: s, label: label("sector", s) }))]} />
      </div>
      {dir !== "JPN-KOR" && (
        <UnitCharts id="share" title={t("shareTitle")} subtitle={t("shareSubtitle")} rows={exports}
          seriesOf={series} state={state} onReset={onReset} />
      )}
      {dir !== "KOR-JPN" && (
        <UnitCharts id="import-share" title={t("importShareTitle")} subtitle={t("importShareSubtitle")} rows={imports}
          seriesOf={series} state={state} onReset={onReset} />
      )}
    </div>
  );
}
