import Papa from "papaparse";
import type { z } from "zod";
import { DataError } from "../../src/data/data-error";
import { parseCsv } from "../../src/data/parse-csv";

type RowSchema = z.ZodObject<z.ZodRawShape>;

const DELIMITERS: Record<string, string> = { ",": "commas", "\t": "tabs", ";": "semicolons", "|": "vertical bars" };

/**
 * Parse a source table with the app's parser, after checking its layout so that every line number
 * in a message is a line of the file: the header is on line 1 and split by the expected delimiter,
 * every record is one line with as many fields as the header, no blank line inside the table,
 * and at least one data row. Lines may end in CRLF or LF, even mixed within a file.
 */
export function parseSource<S extends RowSchema>(text: string, schema: S, file: string, delimiter = ","): z.infer<S>[] {
  const lf = text.replaceAll("\r\n", "\n");
  checkLayout(lf, file, delimiter);
  const rows = parseCsv(lf, schema, file, delimiter);
  if (rows.length === 0) throw new DataError(file, 2, "the file has a header but no data rows");
  return rows;
}

function checkLayout(text: string, file: string, delimiter: string) {
  if (text.trim() === "") throw new DataError(file, null, "the file is empty");
  const { data, errors } = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const header = data[0];
  checkHeader(header, file, delimiter);
  const lines = startLines(data);
  const quoteError = errors[0] ? { row: Math.max(errors[0].row ?? 0, 1), reason: QUOTE_ERRORS[errors[0].code] ?? errors[0].message } : null;
  const end = quoteError?.row ?? data.findLastIndex((record) => !isBlank(record));
  for (let i = 1; i <= end; i++) {
    const problem = i === quoteError?.row ? quoteError.reason : recordProblem(data[i], header, delimiter);
    if (problem) throw new DataError(file, lines[i], problem);
  }
}

const QUOTE_ERRORS: Record<string, string> = {
  MissingQuotes: 'a quoted cell starting on this line is never closed (a missing ")',
  InvalidQuotes: 'a quote (") inside a quoted cell is not doubled',
};

function checkHeader(header: string[], file: string, delimiter: string) {
  if (isBlank(header)) throw new DataError(file, 1, "line 1 is blank; the header must be the first line");
  const other = Object.keys(DELIMITERS).find((d) => d !== delimiter && header.length === 1 && header[0].includes(d));
  if (other) {
    throw new DataError(file, 1, `the header is split by ${DELIMITERS[other]}, not ${DELIMITERS[delimiter]}: wrong delimiter`);
  }
  const twice = header.find((name, i) => header.indexOf(name) !== i);
  if (twice !== undefined) throw new DataError(file, 1, `column "${twice}" appears twice in the header`);
}

function recordProblem(record: string[], header: string[], delimiter: string): string | null {
  if (isBlank(record)) return "blank line inside the table";
  const broken = record.findIndex((cell) => /[\r\n]/.test(cell));
  if (broken !== -1) return `column "${header[broken] ?? broken + 1}": the cell holds a line break`;
  if (record.length < header.length) {
    return `column "${header[record.length]}" is missing: the line has ${record.length} of the header's ${header.length} fields (cut short?)`;
  }
  if (record.length > header.length) {
    return `the line has ${record.length} fields, the header ${header.length} (a "${delimiter === "\t" ? "\\t" : delimiter}" inside an unquoted value, such as a thousands separator?)`;
  }
  return null;
}

/** The line of the file on which each record starts: a quoted cell may hold line breaks. */
function startLines(records: string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const record of records) {
    lines.push(line);
    line += 1 + record.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  return lines;
}

const isBlank = (record: string[]) => record.length === 1 && record[0] === "";
