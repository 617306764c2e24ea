import { z } from "zod/mini";
import { ROW_SCHEMAS, type RowKind } from "./schemas";
import { partsSchema } from "./parts";
import { versionSchema } from "./version";

export const columnSchema = z.object({
  name: z.string(),
  type: z.enum(["string", "integer", "number", "date"]),
  unit: z.string(),
  description: z.string(),
});
export type Column = z.infer<typeof columnSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.string(),
  terms: z.string(),
  attribution: z.string(),
  retrieved: z.string(),
  /** Where the figures were read when that was a copy and not the publisher's own file; blank otherwise. */
  via: z._default(z.string(), ""),
  /** What was repaired or changed in that copy before use; blank when nothing was. */
  repairs: z._default(z.string(), ""),
});
export type Source = z.infer<typeof sourceSchema>;

export const originCountsSchema = z.object({
  tagged: z.int(),
  KOR: z.int(),
  JPN: z.int(),
  /** Korea–Japan co-productions; manifests written before the value existed read as 0 (they had no such tag). */
  "KOR+JPN": z._default(z.int(), 0),
  other: z.int(),
  unknown: z.int(),
  untagged: z.int(),
});
export type OriginCounts = z.infer<typeof originCountsSchema>;

export const manifestEntrySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  file: z.string(),
  kind: z.enum(Object.keys(ROW_SCHEMAS) as [RowKind, ...RowKind[]]),
  title: z.string(),
  description: z.string(),
  columns: z.array(columnSchema),
  coverage: z.object({ start: z.string(), end: z.string() }),
  rows: z.int().check(z.nonnegative()),
  bytes: z.int().check(z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  notes: z.array(z.string()),
  origins: z.optional(originCountsSchema),
  parts: z.optional(partsSchema),
  versions: z._default(z.array(versionSchema), []),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.object({
  title: z.string(),
  datasets: z.array(manifestEntrySchema),
});
export type Manifest = z.infer<typeof manifestSchema>;
