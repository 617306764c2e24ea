import Papa from "papaparse";
import { ROW_SCHEMAS, type RowKind } from "../../src/data/schemas";

type Cell = string | number | null;

/** Deterministic CSV: the schema's column order, "\n" line ends, blank for null, a final newline. */
export function toCsv(kind: RowKind, rows: Record<string, Cell>[]): string {
  const fields = Object.keys(ROW_SCHEMAS[kind].shape);
  const data = rows.map((row) => fields.map((field) => formatCell(row[field])));
  return Papa.unparse({ fields, data }, { newline: "\n" }) + "\n";
}

function formatCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to a CSV`);
    return String(Number(value.toPrecision(12)));
  }
  return value;
}
