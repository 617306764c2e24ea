import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aggregateWeeks, countedOrigins, countOrigins, type ChartEntry } from "../../scripts/lib/cross-border";
import { workLookup } from "../../scripts/lib/netflix";
import { checkActTags, checkTitleTags, type TitleTag } from "../../scripts/lib/origin-tags";
import { parseCsv } from "../../src/data/parse-csv";
import { crossBorderWeekSchema } from "../../src/data/schemas";
import { workspace } from "../helpers/ingest-workspace";

const tag = (overrides: Partial<TitleTag>): TitleTag => ({
  title: "Kingdom", country: "", category: "", season: "", origin: "unknown", basis: "test",
  titleKo: "", titleKoBasis: "", titleJa: "", titleJaBasis: "", ...overrides,
});

describe("workLookup", () => {
  const tags = checkTitleTags([
    tag({}),
    tag({ country: "KR", category: "TV", origin: "KOR" }),
    tag({ country: "JP", origin: "JPN" }),
    tag({ country: "JP", season: "Kingdom: Special", origin: "other" }),
  ], "tags.csv");
  const workOf = workLookup(tags);

  it("tells apart works that share an English title, the most specific row winning", () => {
    expect(workOf("Kingdom", { country: "KR", category: "TV", season: "Kingdom: Season 2" }).origin).toBe("KOR");
    expect(workOf("Kingdom", { country: "JP", category: "Films", season: "" }).origin).toBe("JPN");
    expect(workOf("Kingdom", { country: "JP", category: "TV", season: "Kingdom: Special" }).origin).toBe("other");
    expect(workOf("Kingdom", { country: "world", category: "Films", season: "" }).origin).toBe("unknown");
    expect(workOf("Unlisted", { country: "JP", category: "TV", season: "" })).toEqual({ key: "Unlisted", origin: "untagged" });
  });

  it("gives each work its own key, so the manifest counts two works", () => {
    const keys = [
      workOf("Kingdom", { country: "KR", category: "TV", season: "Kingdom: Season 1" }),
      workOf("Kingdom", { country: "KR", category: "TV", season: "Kingdom: Season 2" }),
      workOf("Kingdom", { country: "JP", category: "TV", season: "" }),
    ];
    expect(countOrigins(keys)).toMatchObject({ tagged: 2, KOR: 1, JPN: 1, "KOR+JPN": 0 });
  });
});

describe("checkTitleTags and checkActTags", () => {
  it("refuse a native title on a title that is neither Korean nor Japanese, or one without its basis", () => {
    expect(() => checkTitleTags([tag({ origin: "other", titleKo: "킹덤", titleKoBasis: "x" })], "t.csv")).toThrow(/t.csv, line 2: native title on a title of origin other/);
    expect(() => checkTitleTags([tag({ origin: "KOR", titleJa: "キングダム" })], "t.csv")).toThrow(/titleJa and titleJaBasis go together/);
    expect(() => checkTitleTags([tag({}), tag({})], "t.csv")).toThrow(/duplicate/i);
  });

  it("refuse a co-production origin on an act", () => {
    expect(() => checkActTags([{ artist: "A", origin: "KOR+JPN", basis: "x" }], "acts.csv")).toThrow(/acts.csv, line 2: an act takes one country/);
  });
});

const entry = (rank: number, label: string, origin: ChartEntry["origin"], work = label): ChartEntry => ({
  week: "2025-09-07", sample: "2025-09-07", country: "KR", category: "TV", rank, label, work, origin,
});

describe("aggregateWeeks", () => {
  const seasons = [1, 2, 3, 4, 5].map((rank) => entry(rank, "Demon Slayer", "JPN"));
  const week = [...seasons, entry(6, "Co-made show", "KOR+JPN"), entry(7, "Korean show", "KOR"), entry(8, "Mystery", "unknown")];

  it("counts a title holding five positions once, and publishes the five positions beside it", () => {
    const [row] = aggregateWeeks(week, "Netflix top 10", () => ["JPN"]);
    expect(row).toMatchObject({ origin: "JPN", entries: 1, slots: 5, bestRank: 1, titles: "Demon Slayer (1)", listSize: 4, unknownEntries: 1 });
  });

  it("counts co-productions on rows of their own, never inside the Korean or Japanese count", () => {
    const counted = countedOrigins(["JPN"], week);
    expect(counted).toEqual(["JPN", "KOR+JPN"]);
    const rows = aggregateWeeks(week, "Netflix top 10", () => counted);
    expect(rows.map((r) => [r.origin, r.entries, r.slots])).toEqual([["JPN", 1, 5], ["KOR+JPN", 1, 1]]);
    expect(countedOrigins(["JPN"], seasons)).toEqual(["JPN"]);
  });
});

describe("flixpatrol-2020 corrections", () => {
  it("replace FlixPatrol's production country for a wrongly matched title, week by week", async () => {
    const ws = await workspace();
    const matches = join(ws.curated, "flixpatrol-matches.csv");
    await writeFile(matches, "country,list,title,origin,basis\nJapan,TV,Some Show,KOR,test: a Korean series FlixPatrol did not match\n");
    await ws.ingest(["flixpatrol-2020"]);
    const rows = parseCsv(await readFile(join(ws.out, "flixpatrol-2020.csv"), "utf8"), crossBorderWeekSchema, "flixpatrol-2020.csv");
    expect(rows.find((r) => r.country === "JP")).toMatchObject({
      entries: 3, slots: 4, unknownEntries: 0, titles: "Crash Landing on You (1); Itaewon Class (1); Some Show (2)",
    });
  });
});
