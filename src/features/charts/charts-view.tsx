import { lazy, Suspense, useCallback, useMemo } from "react";
import { AfterPaint } from "../../components/after-paint";
import { SelectField } from "../../components/select-field";
import { LoadingState } from "../../components/states";
import { useDataset, usePrefetchParts } from "../../components/use-dataset";
import { useT } from "../../i18n/use-t";
import { CHARTS, COUNTRY_CHARTS } from "../../state/url-codec";
import { useViewStore } from "../../state/view-store";
import { TitleRun } from "./title-run";
import { WeeklyPanel } from "./weekly-panel";

type Chart = (typeof CHARTS)[number];

const BoxOfficePanel = lazy(() => import("./box-office-panel").then((m) => ({ default: m.BoxOfficePanel })));
// The full lists behind a week's chart are large: their code loads when a week is chosen.
const NetflixWeekList = lazy(() => import("./netflix-extras").then((m) => ({ default: m.NetflixWeekList })));

const DATASET: Record<Exclude<Chart, "boxoffice">, string> = {
  netflix: "netflix-cross-border",
  global: "netflix-global",
  spotify: "spotify-weekly",
  hot100: "hot100-korean",
  flixpatrol: "flixpatrol-2020",
};

function categoriesOf(chart: Chart, cat: "all" | "Films" | "TV"): string[] {
  if (chart === "spotify") return ["Top 50"];
  if (chart === "hot100") return ["Hot 100"];
  const base = cat === "all" ? ["Films", "TV"] : [cat];
  return chart === "global" ? base.map((c) => `${c} (Non-English)`) : base;
}

export default function ChartsView() {
  const { t } = useT();
  const chart = useViewStore((s) => s.chart);
  const country = useViewStore((s) => s.country);
  const cat = useViewStore((s) => s.cat);
  const set = useViewStore((s) => s.set);
  const reset = useViewStore((s) => s.reset);
  const hasCountry = COUNTRY_CHARTS.includes(chart);
  const hasCategory = ["netflix", "global", "flixpatrol"].includes(chart);
  const categories = useMemo(() => categoriesOf(chart, cat), [chart, cat]);
  const onReset = useCallback(() => reset(["cat", "from", "to", "week"]), [reset]);
  return (
    <div className="view">
      <div className="filters" role="group" aria-label={t("filters")}>
        <SelectField name="chart" label={t("chart")} value={chart} onChange={(v) => set({ chart: v as Chart, week: undefined })}
          options={CHARTS.map((c) => ({ value: c, label: t(`chartNames.${c}`) }))} />
        {hasCountry && (
          <SelectField name="country" label={t("chartCountry")} value={country} onChange={(v) => set({ country: v as "JP" | "KR", week: undefined })}
            options={[{ value: "JP", label: t("japanList") }, { value: "KR", label: t("koreaList") }]} />
        )}
        {hasCategory && (
          <SelectField name="cat" label={t("category")} value={cat} onChange={(v) => set({ cat: v as typeof cat })}
            options={[{ value: "all", label: t("filmsAndTv") }, { value: "Films", label: t("films") }, { value: "TV", label: t("tv") }]} />
        )}
      </div>
      {chart === "boxoffice" ? (
        <Suspense fallback={<LoadingState label={t("loadingData")} />}>
          <BoxOfficePanel />
        </Suspense>
      ) : (
        <WeeklyChart chart={chart} country={hasCountry ? country : undefined} categories={categories} onReset={onReset} />
      )}
      {chart === "netflix" && (
        <AfterPaint>
          <TitleRun />
        </AfterPaint>
      )}
    </div>
  );
}

function WeeklyChart({ chart, country, categories, onReset }: { chart: Exclude<Chart, "boxoffice">; country?: string; categories: string[]; onReset: () => void }) {
  const { t } = useT();
  const state = useDataset(DATASET[chart], "crossBorderWeek", { country });
  usePrefetchParts(state.entry, state.rows !== undefined);
  return (
    <WeeklyPanel id={chart} title={t(`weekly.${chart}.title`, { country: country ?? "JP" })} subtitle={t(`weekly.${chart}.subtitle`)} state={state} country={country} categories={categories} onReset={onReset}
      entries={chart === "spotify" || chart === "hot100" ? "songs" : "titles"}
      weekDetail={chart === "netflix" && country ? (week) => (
        <Suspense fallback={<LoadingState label={t("loadingData")} />}>
          <NetflixWeekList week={week} country={country} />
        </Suspense>
      ) : undefined} />
  );
}
