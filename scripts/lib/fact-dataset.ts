import type { Source } from "../../src/data/manifest";
import type { Curated, Fact } from "./curated";
import type { Built, DatasetSpec, Inputs } from "./dataset";
import { citedSources, compareObservations, factToObservation, type Observation } from "./observations";

/** Rows a dataset draws from source files (or an online source) beside the curated facts. */
export type ExtraRows = Pick<DatasetSpec, "files" | "online"> & {
  build: (inputs: Inputs) => { rows: Observation[]; sources: Source[]; notes: string[] };
};

/** Which facts a dataset holds: by indicator, optionally narrowed further (e.g. to Korea's own shares). */
export type FactSelection = { indicators: string[] | "all"; where?: (fact: Fact) => boolean };

type FactDatasetOptions = Pick<DatasetSpec, "id" | "title" | "description" | "notes"> & FactSelection & {
  /** Extra rows derived from the selected ones (e.g. computed ratios). */
  derive?: (rows: Observation[]) => Observation[];
  extra?: ExtraRows;
};

export function selectFacts(curated: Curated, { indicators, where = () => true }: FactSelection): Observation[] {
  return curated.facts
    .filter((fact) => (indicators === "all" || indicators.includes(fact.indicator)) && where(fact))
    .map((fact) => factToObservation(fact, curated));
}

/** A dataset made of rows of the curated fact table, each with its citation, and any extra rows. */
export function factDataset(options: FactDatasetOptions): DatasetSpec {
  return {
    id: options.id,
    kind: "observation",
    title: options.title,
    description: options.description,
    notes: options.notes,
    files: options.extra?.files ?? [],
    ...(options.extra?.online ? { online: options.extra.online } : {}),
    periodColumn: "year",
    build: (inputs): Built => {
      const reported = selectFacts(inputs.curated, options);
      const extra = options.extra?.build(inputs) ?? { rows: [], sources: [], notes: [] };
      const rows = [...reported, ...(options.derive?.(reported) ?? []), ...extra.rows].sort(compareObservations);
      return { rows, sources: [...citedSources(rows, inputs.curated), ...extra.sources], notes: extra.notes };
    },
  };
}
