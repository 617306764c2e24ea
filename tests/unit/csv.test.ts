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

  const range = { from: 2015, to: 2022 };

  it("names the unit in the value header and keeps each row's source", () => {
    const table = observationTable([row], () => "US$ million", () => "Korea → Japan · Music", range);
    expect(table.headers).toContain("Value (US$ million)");
    const cells = Object.fromEntries(table.headers.map((h, i) => [h, table.rows[0][i]]));
    expect(cells).toMatchObject({ Year: 2016, "Value (US$ million)": 277.29, "Source publisher": "Example Daily", "Source URL": "https://example.com", Series: "Korea → Japan · Music" });
  });

  it("writes its headers in the page's language, and the codes as they are", async () => {
    await activateLanguage("ko");
    await loadExtra("exports", "ko");
    const table = observationTable([{ ...row, year: null }], () => "백만 달러", () => "한국 → 일본 · 음악", range);
    expect(table.headers.slice(0, 5)).toEqual(["차트에 표시", "표시하지 않은 이유", "연도", "기간", "기간 시작"]);
    expect(table.rows[0].slice(0, 2)).toEqual(["아니요", "연도가 밝혀지지 않음. 차트 아래 목록에 표시"]);
    expect(table.headers).toContain("계열");
    expect(table.headers).toContain("값 (백만 달러)");
    expect(table.headers).toContain("출처 발행처");
    expect(table.rows[0]).toContain("KOR-JPN");
  });

  it("falls back to a unit column when a table mixes units", () => {
    expect(observationTable([row, { ...row, unit: "percent" }], (u) => u, () => "", range).headers).toContain("Value (see Unit)");
  });

  it("keeps every row, says of each whether the chart draws it and why not, and puts the drawn rows first", () => {
    const rows: ObservationRow[] = [
      { ...row, year: null, period: "calendar", value: 1 },
      { ...row, year: 2017, partner: "CHN+JPN", direction: "KOR-CHN+JPN", value: 2 },
      { ...row, year: 2020, period: "span", periodStart: "2020-01-01", periodEnd: "2020-06-30", value: 3 },
      { ...row, year: 2014, value: 4 },
      { ...row, year: 2016, period: "fiscal", value: 5 },
    ];
    const table = observationTable(rows, () => "US$ million", () => "", range);
    const at = (h: string) => table.headers.indexOf(h);
    expect(table.rows.map((r) => [r[at("Value (US$ million)")], r[at("Drawn on the chart")], r[at("Why not drawn")]])).toEqual([
      [2, "yes", ""],
      [5, "yes", ""],
      [1, "no", "No year stated; listed under the chart"],
      [3, "no", "Covers part of a year or a running total, not a full year; listed under the chart with its period"],
      [4, "no", "Outside the chosen years"],
    ]);
  });
});
