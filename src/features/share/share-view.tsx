import { useCallback, useMemo } from "react";
import { SelectField } from "../../components/select-field";
import { UnitCharts } from "../../components/unit-charts";
import { useDataset, useLabels } from "../../components/use-dataset";
import type { ObservationRow } from "../../data/schemas";
import { chooseSector, inSector, sectorFamilies, seriesFor } from "../../lib/sector-choice";
import { useT } from "../../i18n/use-t";
import { useViewStore } from "../../state/view-store";

/** The share view's default sector: music has the longest consistent share series (KOSIS, from 2005). */
export const SHARE_SECTORS = ["music", "games", "all"];

/** Shares of Korea's exports in one sector family going to Japan (and the one combined China + Japan figure). */
export function selectExportShares(rows: ObservationRow[], sector: string): ObservationRow[] {
  return rows.filter((r) => r.indicator === "export_share" && inSector(r, sector));
}

/** Shares of Korea's imports coming from Japan, every sector (few figures, each its own statistic). */
export function selectImportShares(rows: ObservationRow[]): ObservationRow[] {
  return rows.filter((r) => r.indicator === "import_share");
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
  const sectors = useMemo(() => sectorFamilies(rows.filter((r) => r.indicator === "export_share")), [rows]);
  const sector = chooseSector(sectors, chosenSector, SHARE_SECTORS);
  const onReset = useCallback(() => reset(["dir", "sector", "from", "to"]), [reset]);
  const exports = useMemo(() => selectExportShares(rows, sector), [rows, sector]);
  const imports = useMemo(() => selectImportShares(rows), [rows]);
  const exportSeries = useMemo(() => seriesFor(exports, ["direction", "sector", "measure"], label, "measure"), [exports, label]);
  const importSeries = useMemo(() => seriesFor(imports, ["sector", "measure"], label, "measure"), [imports, label]);
  return (
    <div className="view">
      <div className="filters" role="group" aria-label={t("filters")}>
        <SelectField name="dir" label={t("direction")} value={dir} onChange={(v) => set({ dir: v as typeof dir })}
          options={[{ value: "both", label: t("bothDirections") }, { value: "KOR-JPN", label: t("shareOfExports") }, { value: "JPN-KOR", label: t("shareOfImports") }]} />
        <SelectField name="sector" label={t("sector")} value={sector} onChange={(v) => set({ sector: v })}
          options={sectors.map((s) => ({ value: s, label: label("sector", s) }))} />
      </div>
      {dir !== "JPN-KOR" && (
        <UnitCharts id="share" title={t("shareSectorTitle", { sector: label("sector", sector) })} subtitle={t("shareSubtitle")} rows={exports}
          seriesOf={exportSeries} state={state} onReset={onReset} />
      )}
      {dir !== "KOR-JPN" && (
        <UnitCharts id="import-share" title={t("importShareTitle")} subtitle={t("importShareSubtitle")} rows={imports}
          seriesOf={importSeries} state={state} onReset={onReset} />
      )}
    </div>
  );
}
