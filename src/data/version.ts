import { z } from "zod/mini";

/** An earlier published version of a dataset, kept so that pinned links still show it. */
export const versionSchema = z.object({ sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)), file: z.string(), rows: z.int() });
