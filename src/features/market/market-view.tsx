import { useCallback, useMemo } from "react";
import { ObservationChart } from "../../components/observation-chart";
import { SelectField } from "../../components/select-field";
import { useDataset, useLabels } from "../../components/use-dataset";
import type { ObservationRow } from "../../data/schemas";
import { currencyOf } from "../../lib/reading-scale";
import { chooseSector, inSector, sectorFamilies, seriesFor } from "../../lib/sector-choice";
import { useT } from "../../i18n/use-t";
import { useViewStore } from "../../state/view-store";

type Filter = { market: "both" | "JPN" | "KOR"; sector: string };

/** One chart per statistic, told apart by the currency each reports in: no figure is ever converted between currencies. */
export const MARKET_CARDS = [
  { id: "market", currency: "USD", title: "marketUsdTitle", subtitle: "marketUsdSubtitle" },
  { id: "market-jpy", currency: "JPY", title: "marketJpyTitle", subtitle: "marketJpySubtitle" },
  { id: "market-krw", currency: "KRW", title: "marketKrwTitle", subtitle: "marketKrwSubtitle" },
] as const;

const inMarket = (r: ObservationRow, market: Filter["market"]) => (market === "both" ? ["JPN", "KOR"].includes(r.reporter) : r.reporter === market);

/** Market size and sales figures of the chosen markets and sector family, in one currency. */
export function selectMarket(rows: ObservationRow[], f: Filter & { currency: string }): ObservationRow[] {
  return rows.filter((r) => r.indicator !== "world_rank" && currencyOf(r.unit) === f.currency && inMarket(r, f.market) && inSector(r, f.sector));
}

export function selectRanks(rows: ObservationRow[], f: Pick<Filter, "market">): ObservationRow[] {
  return rows.filter((r) => r.indicator === "world_rank" && (f.market === "both" || r.reporter === f.market));
}

/** A second statistic of the same market (PwC beside KOCCA) takes that market's second hue. */
const secondStatistic = (r: ObservationRow) => r.measure !== "kocca-overseas-survey";

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
  const sectors = useMemo(() => sectorFamilies(rows.filter((r) => r.indicator !== "world_rank")), [rows]);
  const sector = chooseSector(sectors, chosenSector, ["all"]);
  const onReset = useCallback(() => reset(["market", "sector", "from", "to"]), [reset]);
  const cards = useMemo(() => MARKET_CARDS.map((card) => {
    const shown = selectMarket(rows, { market, sector, currency: card.currency });
    const facet = card.currency === "USD" ? "origin" : "measure";
    return { ...card, rows: shown, seriesOf: seriesFor(shown, ["market", "indicator", "sector", "measure"], label, facet, facet === "origin" ? secondStatistic : undefined) };
  }), [rows, market, sector, label]);
  const ranks = useMemo(() => selectRanks(rows, { market }), [rows, market]);
  const rankSeries = useMemo(() => seriesFor(ranks, ["market", "sector", "measure"], label, "origin", secondStatistic), [ranks, label]);
  return (
    <div className="view">
      <div className="filters" role="group" aria-label={t("filters")}>
        <SelectField name="market" label={t("market")} value={market} onChange={(v) => set({ market: v as Filter["market"] })}
          options={[{ value: "both", label: t("bothMarkets") }, { value: "JPN", label: t("japan") }, { value: "KOR", label: t("korea") }]} />
        <SelectField name="sector" label={t("sector")} value={sector} onChange={(v) => set({ sector: v })}
          options={sectors.map((s) => ({ value: s, label: label("sector", s) }))} />
      </div>
      {cards.filter((card, i) => i === 0 || card.rows.length > 0).map((card) => (
        <ObservationChart key={card.id} id={card.id} title={t(card.title)} subtitle={t(card.subtitle)} rows={card.rows}
          seriesOf={card.seriesOf} state={state} onReset={onReset} />
      ))}
      <ObservationChart id="rank" title={t("rankTitle")} subtitle={t("rankSubtitle")} rows={ranks}
        seriesOf={rankSeries} state={state} onReset={onReset} />
    </div>
  );
}
