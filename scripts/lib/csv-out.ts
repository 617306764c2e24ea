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
  if (typeof value === "number") return plainNumber(value);
  return value;
}

/**
 * The shortest decimal that reads back as exactly this number, written out in plain digits
 * (the app's cells read only digits, a point and a minus sign: no exponent).
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to a CSV`);
  const shortest = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign, first, rest = "", exponent] = match;
  const digits = first + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
