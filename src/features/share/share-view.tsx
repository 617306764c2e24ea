import { SelectField } from "../../components/select-field";
import { UnitCharts } from "../../components/unit-charts";
import { useLabels } from "../../components/use-labels";
import { useDataset } from "../../components/use-dataset";
import type { ObservationRow } from "../../data/schemas";
import { describeSeries, isCited, seriesKey } from "../../lib/observation-series";
import { MESSAGES as M } from "../../messages";
import { useViewStore } from "../../state/view-store";

/** Japan's share of Korea's exports (or, with Japan → Korea, of its imports) in the chosen sector. */
export function selectShares(rows: ObservationRow[], f: { sector: string; dir: "both" | "KOR-JPN" | "JPN-KOR" }): ObservationRow[] {
  return rows.filter(
    (r) => (f.sector === "any" || r.sector === f.sector) && (f.dir === "both" || r.direction === f.dir || (f.dir === "KOR-JPN" && r.direction === "KOR-CHN+JPN")),
  );
}

export default function ShareView() {
  const state = useDataset("export-share", "observation");
  const label = useLabels();
  const sector = useViewStore((s) => s.sector);
  const dir = useViewStore((s) => s.dir);
  const set = useViewStore((s) => s.set);
  const reset = useViewStore((s) => s.reset);
  const rows = state.rows ?? [];
  const sectors = [...new Set(rows.map((r) => r.sector))].sort();
  const series = (r: ObservationRow) => ({ key: seriesKey(r), pointsOnly: isCited(r), label: describeSeries(r, label, ["direction", "sector", "measure"]) });
  return (
    <div className="view">
      <div className="filters" role="group" aria-label={M.filters}>
        <SelectField name="dir" label={M.direction} value={dir} onChange={(v) => set({ dir: v as typeof dir })}
          options={[{ value: "both", label: M.bothDirections }, { value: "KOR-JPN", label: M.shareOfExports }, { value: "JPN-KOR", label: M.shareOfImports }]} />
        <SelectField name="sector" label={M.sector} value={sector} onChange={(v) => set({ sector: v })}
          options={[{ value: "any", label: M.allSectors }, ...sectors.map((s) => ({ value: s, label: label("sector", s) }))]} />
      </div>
      <UnitCharts id="share" title={M.shareTitle} subtitle={M.shareSubtitle} rows={selectShares(rows, { sector, dir })}
        seriesOf={series} state={state} onReset={() => reset(["dir", "sector", "from", "to"])} />
    </div>
  );
}
