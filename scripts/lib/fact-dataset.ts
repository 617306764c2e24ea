import type { Curated, Fact } from "./curated";
import type { Built, DatasetSpec } from "./dataset";
import { citedSources, compareObservations, factToObservation, type Observation } from "./observations";

/** Which facts a dataset holds: by indicator, optionally narrowed further (e.g. to Korea's own shares). */
export type FactSelection = { indicators: string[] | "all"; where?: (fact: Fact) => boolean };

type FactDatasetOptions = Pick<DatasetSpec, "id" | "title" | "description" | "notes"> & FactSelection & {
  /** Extra rows derived from the selected ones (e.g. computed ratios). */
  derive?: (rows: Observation[]) => Observation[];
};

export function selectFacts(curated: Curated, { indicators, where = () => true }: FactSelection): Observation[] {
  return curated.facts
    .filter((fact) => (indicators === "all" || indicators.includes(fact.indicator)) && where(fact))
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
      const reported = selectFacts(curated, options);
      const rows = [...reported, ...(options.derive?.(reported) ?? [])].sort(compareObservations);
      return { rows, sources: citedSources(rows, curated) };
    },
  };
}
