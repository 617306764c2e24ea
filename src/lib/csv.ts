import Papa from "papaparse";

export type Cell = string | number | null;
export type Table = { headers: string[]; rows: Cell[][] };

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe; numbers are left as numbers. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Korean and Japanese), CRLF line ends. */
export function writeCsv({ headers, rows }: Table): string {
  return "\uFEFF" + Papa.unparse({ fields: headers, data: rows.map((r) => r.map((c) => (c === null ? "" : c))) }, { escapeFormulae: FORMULA_START, newline: "\r\n" }) + "\r\n";
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A published dataset file made ready for spreadsheets: numbers stay numbers, text is neutralised. */
export function spreadsheetCsv(text: string): string {
  const [headers, ...rows] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
  return writeCsv({ headers, rows: rows.map((r) => r.map((c) => (NUMBER.test(c) ? Number(c) : c))) });
}
