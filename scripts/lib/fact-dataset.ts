import type { Curated } from "./curated";
import type { Built, DatasetSpec } from "./dataset";
import { citedSources, compareObservations, factToObservation, splitPeriod, type Observation } from "./observations";

type FactDatasetOptions = Pick<DatasetSpec, "id" | "title" | "description" | "notes"> & {
  indicators: string[] | "all";
  /** Extra rows derived from the selected ones (e.g. computed ratios). */
  derive?: (rows: Observation[]) => Observation[];
};

export function selectFacts(curated: Curated, indicators: string[] | "all"): Observation[] {
  return curated.facts
    .filter((fact) => indicators === "all" || indicators.includes(splitPeriod(fact.indicator).indicator))
    .map((fact) => factToObservation(fact, curated));
}

/** A dataset made of rows of the curated fact table, each with its citation. */
export function factDataset(options: FactDatasetOptions): DatasetSpec {
  return {
    id: options.id,
    kind: "observation",
    title: options.title,
    description: options.description,
    notes: options.notes,
    files: [],
    periodColumn: "year",
    build: ({ curated }): Built => {
      const reported = selectFacts(curated, options.indicators);
      const rows = [...reported, ...(options.derive?.(reported) ?? [])].sort(compareObservations);
      return { rows, sources: citedSources(rows, curated) };
    },
  };
}
