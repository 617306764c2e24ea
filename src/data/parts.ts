import { z } from "zod/mini";

/** One part of a dataset split by a column: the rows holding one value of it, in a file of their own. */
export const partSchema = z.object({
  value: z.string(),
  file: z.string(),
  rows: z.int().check(z.nonnegative()),
  bytes: z.int().check(z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

/**
 * A dataset's rows split by one column (a chart's country), so that a chart of one value loads only its rows.
 * The whole file stays the dataset: its hash pins the version, and it is what downloads and citations name.
 */
export const partsSchema = z.object({ column: z.string(), files: z.array(partSchema).check(z.minLength(1)) });
export type Parts = z.infer<typeof partsSchema>;
