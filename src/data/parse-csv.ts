import Papa from "papaparse";
import { z } from "zod/mini";
import { DataError } from "./data-error";
import { withIssueMessages } from "./zod-messages";

type RowSchema = z.ZodMiniObject;

/** Parse delimited text with a header row; every row must pass the schema. Line numbers count the header as line 1. */
export function parseCsv<S extends RowSchema>(
  text: string,
  schema: S,
  file: string,
  delimiter = ",",
): z.infer<S>[] {
  if (text.trim() === "") throw new DataError(file, null, "the file is empty");
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter });
  return validate(result, schema, file);
}

function validate<S extends RowSchema>(result: Papa.ParseResult<Record<string, string>>, schema: S, file: string): z.infer<S>[] {
  const parseError = result.errors[0];
  if (parseError) throw new DataError(file, (parseError.row ?? 0) + 2, parseError.message);
  const header = result.meta.fields ?? [];
  // A column may be absent only where its schema allows it (a column added later, read as blank in earlier versions).
  const missing = Object.entries(schema.shape).filter(([column, cell]) => !header.includes(column) && !z.safeParse(cell, undefined).success);
  if (missing.length > 0) throw new DataError(file, 1, `missing column ${missing.map(([c]) => `"${c}"`).join(", ")}`);
  return result.data.map((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = issue?.path.join(".") ?? "";
      throw new DataError(file, index + 2, `column "${column}": ${issue?.message} (got "${raw[column] ?? ""}")`);
    }
    return parsed.data;
  });
}

/** The same as parseCsv, with the CSV tokenised in a worker; validation stays here. */
export async function parseCsvOffThread<S extends RowSchema>(text: string, schema: S, file: string): Promise<z.infer<S>[]> {
  if (text.trim() === "") throw new DataError(file, null, "the file is empty");
  const worker = new Worker(new URL("./parse-worker.ts", import.meta.url), { type: "module" });
  try {
    const result = await new Promise<Papa.ParseResult<Record<string, string>>>((resolve, reject) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => reject(new DataError(file, null, event.message || "the parser stopped"));
      worker.postMessage(text);
    });
    return await withIssueMessages(() => validate(result, schema, file));
  } finally {
    worker.terminate();
  }
}
