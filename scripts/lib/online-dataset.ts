import type { DatasetSpec } from "./dataset";
import { compareObservations } from "./observations";

type Options = Pick<DatasetSpec, "id" | "title" | "description" | "notes"> & { adapter: "ecos" | "comtrade" | "oecd" };

/** A dataset that exists only after an online run: the offline rebuild neither needs it nor removes it. */
export function onlineDataset(options: Options): DatasetSpec {
  return {
    id: options.id,
    kind: "observation",
    title: options.title,
    description: options.description,
    notes: options.notes,
    files: [],
    periodColumn: "year",
    online: { adapter: options.adapter, replaces: [], only: true },
    build: ({ online }) => {
      const read = online?.[options.adapter];
      if (!read) throw new Error(`${options.id} is built only from an online source: run it with --online`);
      return { rows: [...read.rows].sort(compareObservations), sources: read.sources, notes: read.notes };
    },
  };
}
