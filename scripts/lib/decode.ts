import { DataError } from "../../src/data/data-error";

const BOM = [0xef, 0xbb, 0xbf];

/** Decode a source file as strict UTF-8 without a byte-order mark; anything else fails with the line to look at. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new DataError(file, null, "the file is empty");
  if (BOM.every((b, i) => bytes[i] === b)) {
    throw new DataError(file, 1, "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DataError(file, firstBadLine(bytes), "not valid UTF-8 (EUC-KR, Shift_JIS or UTF-16?); save the file as UTF-8");
  }
}

function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
