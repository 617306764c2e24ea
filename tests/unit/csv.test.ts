import Papa from "papaparse";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { activateLanguage, loadExtra } from "../../src/i18n/i18n";
import { writeCsv } from "../../src/lib/csv";
import { observationTable } from "../../src/lib/export-tables";
import type { ObservationRow } from "../../src/data/schemas";

describe("writeCsv", () => {
  it("starts with a byte-order mark and ends lines with CRLF", () => {
    const csv = writeCsv({ headers: ["Title"], rows: [["스즈메의 문단속"], ["東方神起"]] });
    expect(csv.startsWith("\uFEFFTitle\r\n")).toBe(true);
    expect(csv).toBe("\uFEFFTitle\r\n스즈메의 문단속\r\n東方神起\r\n");
  });

  it("neutralises text that a spreadsheet would run as a formula, and leaves numbers as numbers", () => {
    const csv = writeCsv({ headers: ["a", "b"], rows: [["=HYPERLINK(\"x\")", -30], ["+1", 4.5], ["-x", null], ["@SUM(A1)", 0], ["\tTab", 1], ["\rCR", 2], ["safe", -1160]] });
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n" }).data;
    expect(parsed.slice(1, 8)).toEqual([
      ["'=HYPERLINK(\"x\")", "-30"], ["'+1", "4.5"], ["'-x", ""], ["'@SUM(A1)", "0"], ["'\tTab", "1"], ["'\rCR", "2"], ["safe", "-1160"],
    ]);
  });

  it("quotes commas, quotes and line breaks", () => {
    const csv = writeCsv({ headers: ["t"], rows: [["a, b"], ["say \"hi\""], ["two\nlines"]] });
    expect(csv).toContain('"a, b"\r\n"say ""hi"""\r\n"two\nlines"');
  });
});

describe("observationTable", () => {
  beforeAll(() => loadExtra("exports", "en"));
  afterEach(() => activateLanguage("en"));
  const row: ObservationRow = {
    year: 2016, period: "calendar", periodStart: "", periodEnd: "", indicator: "export_value", reporter: "KOR", partner: "JPN", direction: "KOR-JPN", sector: "music",
    measure: "source:a", status: "final", quality: "", value: 277.29, unit: "USD_million", basis: "reported", note: "", sourceId: "a",
    sourcePublisher: "Example Daily", sourceTitle: "T", sourceDate: "2018-12-05", sourceVia: "", sourceUrl: "https://example.com", quote: "2억7729만 달러",
  };

  it("names the unit in the value header and keeps each row's source", () => {
    const table = observationTable([row], () => "US$ million", () => "Korea → Japan · Music");
    expect(table.headers).toContain("Value (US$ million)");
    const cells = Object.fromEntries(table.headers.map((h, i) => [h, table.rows[0][i]]));
    expect(cells).toMatchObject({ Year: 2016, "Value (US$ million)": 277.29, "Source publisher": "Example Daily", "Source URL": "https://example.com", Series: "Korea → Japan · Music" });
  });

  it("writes its headers in the page's language, and the codes as they are", async () => {
    await activateLanguage("ko");
    await loadExtra("exports", "ko");
    const table = observationTable([row], () => "백만 달러", () => "한국 → 일본 · 음악");
    expect(table.headers.slice(0, 3)).toEqual(["연도", "기간", "기간 시작"]);
    expect(table.headers).toContain("계열");
    expect(table.headers).toContain("값 (백만 달러)");
    expect(table.headers).toContain("출처 발행처");
    expect(table.rows[0]).toContain("KOR-JPN");
  });

  it("falls back to a unit column when a table mixes units", () => {
    expect(observationTable([row, { ...row, unit: "percent" }], (u) => u, () => "").headers).toContain("Value (see Unit)");
  });
});
