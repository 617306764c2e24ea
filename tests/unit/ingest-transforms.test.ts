import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { manifestSchema } from "../../src/data/manifest";
import { parseCsv } from "../../src/data/parse-csv";
import { ROW_SCHEMAS, type RowKind } from "../../src/data/schemas";
import { workspace } from "../helpers/ingest-workspace";

let out: string;
beforeAll(async () => {
  const ws = await workspace();
  await ws.ingest();
  out = ws.out;
});

async function rows<K extends RowKind>(id: string, kind: K) {
  const file = `${id}.csv`;
  return parseCsv(await readFile(join(out, file), "utf8"), ROW_SCHEMAS[kind], file);
}

describe("trade-flows", () => {
  it("computes a ratio only from one source's export and import of the same year and sector", async () => {
    const ratios = (await rows("trade-flows", "observation")).filter((r) => r.indicator === "export_import_ratio");
    expect(ratios.map((r) => [r.sourceId, r.year, r.value, r.basis])).toEqual([
      ["src_b", null, 9, "reported"],
      ["src_a", 2016, 95.29, "computed"],
    ]);
    expect(ratios[1].direction).toBe("KOR-JPN");
    expect(ratios[1].sourcePublisher).toBe("Example Daily");
  });

  it("keeps each figure's period and status: part-year, fiscal and estimates are labelled", async () => {
    const data = await rows("trade-flows", "observation");
    const albums = data.find((r) => r.sector === "music_physical_albums")!;
    expect([albums.indicator, albums.period, albums.periodEnd]).toEqual(["export_value", "h1", ""]);
    const estimate = data.find((r) => r.measure === "kocca-trend-estimate")!;
    expect([estimate.status, estimate.direction, estimate.value]).toEqual(["estimate", "KOR-WLD", 6892.2]);
    const mic = data.find((r) => r.sector === "broadcasting_MIC")!;
    expect([mic.period, mic.year, mic.direction, mic.measure]).toEqual(["fiscal", 2018, "JPN-WLD", "mic-broadcast-exports"]);
  });

  it("says where a copy was read and that a restated release is not independent corroboration", async () => {
    const data = await rows("trade-flows", "observation");
    const copy = data.find((r) => r.sourceId === "src_b" && r.sector === "music")!;
    expect(copy).toMatchObject({ quality: "weak", sourceVia: "a copy on an example blog" });
    expect(copy.note).toBe("Read in a copy on a blog: a weak copy. This source restates the release also cited as Example Ministry (2023-03-22): a copy of it, not independent corroboration.");
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(out, "manifest.json"), "utf8")));
    const source = manifest.datasets.find((d) => d.id === "trade-flows")!.sources.find((s) => s.id === "src_b")!;
    expect([source.via, source.attribution]).toEqual(["a copy on an example blog", "Example Times, 2018-11; restates the release also cited as Example Ministry, 2023-03-22"]);
  });
});

describe("export-share", () => {
  it("holds Korea's own shares; Japan's shares of its exports stay in facts", async () => {
    const shares = (await rows("export-share", "observation")).filter((r) => r.basis === "reported");
    expect(shares.map((r) => [r.reporter, r.partner, r.sourceId])).toEqual([["KOR", "JPN", "src_b"], ["KOR", "JPN", "src_c"]]);
    const facts = await rows("facts", "observation");
    expect(facts.find((r) => r.reporter === "JPN" && r.indicator === "export_share")).toMatchObject({ partner: "KOR", period: "fiscal", value: 17.1 });
  });
});

describe("box-office", () => {
  it("keeps KOBIS's yearly totals and computes Japanese shares from the full yearly list", async () => {
    const data = await rows("box-office", "observation");
    const find = (year: number, partner: string, indicator: string) =>
      data.find((r) => r.year === year && r.partner === partner && r.indicator === indicator && r.sourceId.startsWith("kobis"));
    expect(find(2004, "KOR", "box_office_share_admissions")?.value).toBe(54.5);
    expect(find(2004, "FOREIGN", "admissions")?.value).toBe(31513193);
    expect(find(2021, "JPN", "box_office_share_admissions")).toMatchObject({ value: 30, basis: "computed", direction: "JPN-KOR" });
    expect(find(2021, "USA", "box_office_share_revenue")?.value).toBe(10);
    expect(find(2021, "JPN", "films_screened")?.value).toBe(2);
    const reported = data.find((r) => r.year === 2023 && r.partner === "JPN" && r.period === "calendar");
    expect(reported).toMatchObject({ value: 14.1, basis: "reported", sourceId: "src_a" });
    const running = data.find((r) => r.sector === "film:Suzume");
    expect(running).toMatchObject({ indicator: "admissions", period: "to-date", periodEnd: "2023-04-28", year: 2023, value: 5007193 });
  });

  it("lists the Japanese films of each KOBIS list", async () => {
    const films = await rows("box-office-films", "film");
    expect(films.map((f) => [f.asOf, f.rank, f.title, f.salesKrw, f.seoulOnly])).toEqual([
      ["2020-03-20", 187, "너의 이름은.", 29564054156, "no"],
      ["2020-03-20", 252, "하울의 움직이는 성", null, "yes"],
      ["2025-06-05", 105, "스즈메의 문단속", 57124585372, "no"],
      ["2023-08-10", 2, "영화 나", 300, "no"],
      ["2023-08-10", 4, "영화 라", null, "no"],
    ]);
  });
});

describe("netflix", () => {
  it("counts Korean titles in Japan's lists and Japanese titles in Korea's, week by week", async () => {
    const data = await rows("netflix-cross-border", "crossBorderWeek");
    const week = (w: string, country: string, category: string) =>
      data.find((r) => r.week === w && r.country === country && r.category === category);
    expect(week("2023-03-12", "JP", "TV")).toMatchObject({
      origin: "KOR", entries: 2, slots: 2, bestRank: 1, titles: "The Glory (1); Physical: 100 (3)", listSize: 3, unknownEntries: 1,
    });
    expect(week("2023-03-12", "KR", "Films")).toMatchObject({ origin: "JPN", entries: 1, bestRank: 2, titles: "Suzume (2)" });
    expect(week("2023-03-19", "KR", "Films")).toMatchObject({ entries: 0, bestRank: null, titles: "" });
    expect(data.some((r) => r.country === "FR")).toBe(false);
  });

  it("tags every listed title and reports how many origins are unknown", async () => {
    const list = await rows("netflix-lists", "netflixList");
    expect(list).toHaveLength(12);
    expect(list.find((r) => r.title === "Mystery Show")?.origin).toBe("unknown");
    expect(list.find((r) => r.title === "The Glory")).toMatchObject({
      season: "The Glory: Season 1", titleKo: "더 글로리", titleJa: "ザ・グローリー ～輝かしき復讐～",
    });
    expect(list.find((r) => r.title === "Tenet")).toMatchObject({ titleKo: "", titleJa: "" });
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(out, "manifest.json"), "utf8")));
    expect(manifest.datasets.find((d) => d.id === "netflix-lists")?.origins).toEqual({
      tagged: 6, KOR: 3, JPN: 1, "KOR+JPN": 0, other: 1, unknown: 1, untagged: 0,
    });
  });

  it("counts Korean and Japanese titles in the global non-English lists only", async () => {
    const data = await rows("netflix-global", "crossBorderWeek");
    expect(data.map((r) => [r.category, r.origin, r.entries, r.bestRank])).toEqual([
      ["Films (Non-English)", "JPN", 1, 1],
      ["Films (Non-English)", "KOR", 0, null],
      ["TV (Non-English)", "JPN", 0, null],
      ["TV (Non-English)", "KOR", 2, 1],
    ]);
  });
});

describe("music charts", () => {
  it("aggregates Spotify's daily Top 50 into weeks by the lead act's origin", async () => {
    const data = await rows("spotify-weekly", "crossBorderWeek");
    expect(data.find((r) => r.week === "2023-06-26" && r.country === "JP")).toMatchObject({
      origin: "KOR", entries: 2, slots: 3, bestRank: 12, titles: "OMG – NewJeans (12); Ditto – NewJeans (20)", listSize: 3, samples: 2,
    });
    expect(data.find((r) => r.week === "2023-07-03" && r.country === "JP")).toMatchObject({ entries: 0, unknownEntries: 1 });
    expect(data.find((r) => r.week === "2023-06-26" && r.country === "KR")).toMatchObject({ origin: "JPN", entries: 1, bestRank: 8 });
  });

  it("marks Korean acts in the Hot 100, full-width names made plain", async () => {
    const data = await rows("hot100-korean", "crossBorderWeek");
    expect(data.map((r) => [r.week, r.entries, r.bestRank, r.titles])).toEqual([
      ["2010-02-08", 2, 1, "BREAK OUT! – 東方神起 (1); ミスター – KARA (3)"],
      ["2010-02-15", 0, null, ""],
    ]);
  });
});

describe("flixpatrol-2020 and events", () => {
  it("uses FlixPatrol's own country metadata, by Monday-to-Sunday week", async () => {
    const data = await rows("flixpatrol-2020", "crossBorderWeek");
    expect(data.find((r) => r.country === "JP")).toMatchObject({ week: "2020-06-29", entries: 2, samples: 2, unknownEntries: 1 });
    expect(data.find((r) => r.country === "KR")).toMatchObject({ origin: "JPN", entries: 1, bestRank: 8 });
  });

  it("attaches the publishers, with the copy each was read in, and URLs of each event's sources", async () => {
    const data = await rows("events", "event");
    expect(data[1]).toMatchObject({
      date: "2002-05-31", endDate: "2002-06-30",
      sourcePublishers: "Example Daily; Example Times, read in a copy on an example blog", sourceUrls: "https://example.com/a https://example.com/b",
    });
  });
});
