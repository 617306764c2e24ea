import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data/data-error";
import { findEntry, loadableEntry, readDataIndex, resolveVersion, type DataIndex } from "../../src/data/data-index";

const SHA = (c: string) => c.repeat(64);
const INDEX: DataIndex = {
  datasets: [
    { id: "netflix-cross-border", file: "netflix-cross-border.csv", kind: "crossBorderWeek", rows: 10, bytes: 900, sha256: SHA("a"),
      sources: [{ attribution: "Netflix Top 10" }], versions: [{ sha256: SHA("b"), file: "archive/netflix-cross-border-bbbbbbbbbbbb.csv", rows: 9 }] },
  ],
};

/** A page whose data-index element holds the given text (or none). */
const page = (text?: string) => {
  const element = text === undefined ? null : { textContent: text };
  return { getElementById: (id: string) => (id === "data-index" ? element : null) } as unknown as Document;
};

describe("readDataIndex", () => {
  it("reads the index the build put into the page", () => {
    expect(readDataIndex(page(JSON.stringify(INDEX)))).toEqual(INDEX);
  });

  it.each([
    ["missing", undefined, "index.html: the data index is missing"],
    ["not JSON", "{", "index.html: the data index is not valid JSON"],
    ["of the wrong shape", JSON.stringify({ datasets: [{ id: "x" }] }), "index.html: the data index is invalid"],
    ["without the attribution of a weekly dataset", JSON.stringify({ datasets: [{ ...INDEX.datasets[0], sources: [] }] }), "index.html: the data index is invalid: a dataset without the attribution of its sources"],
  ])("names the problem when the index is %s", (_, text, message) => {
    expect(() => readDataIndex(page(text))).toThrow(DataError);
    expect(() => readDataIndex(page(text))).toThrow(message);
  });
});

describe("findEntry", () => {
  const doc = page(JSON.stringify(INDEX));

  it("gives the latest file, or the archived one a pinned version names", () => {
    expect(findEntry("netflix-cross-border", undefined, doc)?.file).toBe("netflix-cross-border.csv");
    expect(findEntry("netflix-cross-border", "bbbbbbbb", doc)).toMatchObject({ file: "archive/netflix-cross-border-bbbbbbbbbbbb.csv", sha256: SHA("b"), rows: 9 });
  });

  it("falls back to the latest file for a version that is not kept, and to nothing for an unknown dataset", () => {
    expect(findEntry("netflix-cross-border", "cccccccc", doc)?.sha256).toBe(SHA("a"));
    expect(findEntry("no-such-dataset", undefined, doc)).toBeUndefined();
    expect(resolveVersion(INDEX.datasets[0], "cccccccc")).toBeNull();
  });

  it("checks an entry when it is used: a broken one stops its own dataset, not the others", () => {
    const broken = page(JSON.stringify({ datasets: [...INDEX.datasets, { id: "events", file: "events.csv", kind: "no-such-kind" }] }));
    expect(findEntry("netflix-cross-border", undefined, broken)?.file).toBe("netflix-cross-border.csv");
    expect(() => findEntry("events", undefined, broken)).toThrow("index.html: the data index is invalid");
  });
});

describe("a dataset split in parts", () => {
  const parts = {
    column: "country",
    files: [
      { value: "JP", file: "parts/netflix-cross-border-jp.csv", rows: 6, bytes: 500, sha256: SHA("d") },
      { value: "KR", file: "parts/netflix-cross-border-kr.csv", rows: 4, bytes: 400, sha256: SHA("e") },
    ],
  };
  const split = { ...INDEX.datasets[0], parts };
  const doc = page(JSON.stringify({ datasets: [split] }));

  it("loads the part of the value a chart reads, under the part's own hash, and the whole file otherwise", () => {
    const latest = findEntry("netflix-cross-border", undefined, doc)!;
    expect(loadableEntry(latest, { country: "KR" })).toMatchObject({ id: "netflix-cross-border", file: "parts/netflix-cross-border-kr.csv", sha256: SHA("e"), rows: 4, bytes: 400 });
    expect(loadableEntry(latest, { country: "world" })).toMatchObject({ file: "netflix-cross-border.csv", sha256: SHA("a") });
    expect(loadableEntry(latest, { chart: "JP" }).file).toBe("netflix-cross-border.csv");
    expect(loadableEntry(latest).file).toBe("netflix-cross-border.csv");
  });

  it("loads a pinned earlier version whole: its parts were not kept", () => {
    const pinned = findEntry("netflix-cross-border", "bbbbbbbb", doc)!;
    expect(pinned.parts).toBeUndefined();
    expect(loadableEntry(pinned, { country: "JP" })).toMatchObject({ file: "archive/netflix-cross-border-bbbbbbbbbbbb.csv", sha256: SHA("b") });
    expect(loadableEntry(findEntry("netflix-cross-border", "aaaaaaaa", doc)!, { country: "JP" }).file).toBe("parts/netflix-cross-border-jp.csv");
  });

  it("refuses an index whose parts are malformed", () => {
    const bad = page(JSON.stringify({ datasets: [{ ...split, parts: { column: "country", files: [{ ...parts.files[0], sha256: "nope" }] } }] }));
    expect(() => findEntry("netflix-cross-border", undefined, bad)).toThrow("index.html: the data index is invalid: parts.files.0.sha256");
  });
});
