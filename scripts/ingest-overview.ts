import type { Source } from "../src/data/manifest";
import { isFullYear } from "../src/data/periods";
import type { OverviewRow } from "../src/data/schemas";
import { OVERVIEW_CARDS } from "../src/lib/overview-cards";
import { datasetRows, type DatasetSpec, type Inputs } from "./lib/dataset";
import { CARD_RECIPES, type CopiedSeries, type MeanSeries } from "./lib/overview-recipes";
import { yearlyMeans } from "./lib/weekly-means";

type Card = (typeof OVERVIEW_CARDS)[number];
const DERIVED_FROM = [...new Set(Object.values(CARD_RECIPES).flatMap((c) => c.series.map((s) => s.dataset)))].sort();

/** Every card's series from the rows of the datasets behind them, with the sources they rest on and a note on each card. */
export function buildOverview(inputs: Inputs): { rows: OverviewRow[]; sources: Source[]; notes: string[] } {
  const rows: OverviewRow[] = [];
  const sources = new Map<string, Source>();
  const notes: string[] = [];
  for (const card of OVERVIEW_CARDS) {
    const recipe = CARD_RECIPES[card.id];
    const built = recipe.series.flatMap((series) => {
      const made = series.kind === "copied" ? copiedRows(inputs, card, series) : meanRows(inputs, card, series);
      for (const s of made.sources) sources.set(s.id, s);
      return made.rows;
    });
    rows.push(...built);
    notes.push(cardNote(card, recipe.about, built));
  }
  return { rows, sources: [...sources.values()], notes };
}

function copiedRows(inputs: Inputs, card: Card, series: CopiedSeries) {
  const { rows, sources } = datasetRows(inputs, series.dataset, "observation");
  const chosen = rows.filter((r) => series.where(r) && isFullYear(r.period) && r.year !== null);
  oneStatistic(`${card.id} ${series.series}`, chosen.map((r) => `${r.unit}, ${r.status}, ${r.basis}, ${r.period}`));
  const out = chosen
    .map((r): OverviewRow => ({
      card: card.id, series: series.series, year: r.year!, period: r.period as OverviewRow["period"], periodStart: "", periodEnd: "",
      value: r.value, unit: r.unit, status: r.status, quality: r.quality, basis: r.basis, inputs: null, dataset: series.dataset, note: r.note,
      sourceId: r.sourceId, sourcePublisher: r.sourcePublisher, sourceTitle: r.sourceTitle, sourceDate: r.sourceDate, sourceVia: r.sourceVia, sourceUrl: r.sourceUrl,
    }))
    .sort((a, b) => a.year - b.year || a.sourceId.localeCompare(b.sourceId) || a.value - b.value);
  const used = new Set(out.map((r) => r.sourceId));
  return { rows: out, sources: sources.filter((s) => used.has(s.id)) };
}

function meanRows(inputs: Inputs, card: Card, series: MeanSeries) {
  const { rows, sources } = datasetRows(inputs, series.dataset, "crossBorderWeek");
  const means = yearlyMeans(rows.filter(series.where), series, `${card.id} ${series.series} (${series.dataset})`);
  if (means.length === 0) return { rows: [], sources: [] };
  if (sources.length !== 1) throw new Error(`${card.id} ${series.series}: ${series.dataset} names ${sources.length} sources; a mean rests on one`);
  const [source] = sources;
  const out = means.map((m): OverviewRow => ({
    card: card.id, series: series.series, ...m, unit: series.unit, status: "final", quality: "", basis: "computed", dataset: series.dataset,
    sourceId: source.id, sourcePublisher: source.publisher, sourceTitle: source.title, sourceDate: source.retrieved, sourceVia: source.via, sourceUrl: source.url,
  }));
  return { rows: out, sources: [source] };
}

/** A series holds one statistic: one unit, status, basis and kind of period. */
function oneStatistic(label: string, kinds: string[]) {
  const distinct = [...new Set(kinds)];
  if (distinct.length > 1) throw new Error(`${label} would join different statistics (${distinct.join("; ")}): split it into series of their own`);
}

function cardNote(card: Card, about: string, rows: OverviewRow[]): string {
  const link = `?${new URLSearchParams(card.link)}`;
  if (rows.length === 0) return `${card.id}: no rows in this build, so the card is left out. ${about}`;
  const [from, to] = [Math.min(...rows.map((r) => r.year)), Math.max(...rows.map((r) => r.year))];
  const count = rows.length === 1 ? "1 row" : `${rows.length} rows`;
  return `${card.id}: ${about} ${from === to ? from : `${from}–${to}`}, ${count}. Series: ${card.series.join(", ")}. Full view: ${link}.`;
}

export const overview: DatasetSpec = {
  id: "overview",
  kind: "overview",
  title: "Overview: one continuous statistic for each part of the Korea–Japan story",
  description:
    "The figures behind the overview's cards, built from the other datasets in the same run: music exports to Japan, Japan's share of Korea's broadcast and game exports, Korean and Japanese titles in each other's Netflix top 10, Korean songs in Billboard JAPAN's Hot 100, Japanese films' share of Korea's admissions, and Japan's content market. Each row keeps its source; yearly means of weekly counts are marked computed, with the computation in the note.",
  notes: [
    "Rows are copied from the dataset named in the dataset column, or computed from its rows. A card's series holds one statistic; figures of one year that disagree are all kept, each with its source, as in the dataset behind them.",
    "A yearly mean runs over the weeks dated in that year. The first and last years of a weekly series are covered only in part: they are spans (period span, with the first and last week), never full years. A week missing inside a year is named in the note and left out, not counted as zero.",
    "Years with no figure are absent: a gap stays a gap.",
  ],
  files: [],
  periodColumn: "year",
  derivedFrom: DERIVED_FROM,
  build: buildOverview,
};
