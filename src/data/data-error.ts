/** A problem in a data file, located by file and line, worded for the person who has to fix it. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(line === null ? `${file}: ${reason}` : `${file}, line ${line}: ${reason}`);
    this.name = "DataError";
  }
}
