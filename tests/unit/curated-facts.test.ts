import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCurated, type Curated, type Fact } from "../../scripts/lib/curated";

let curated: Curated;
beforeAll(async () => {
  curated = await loadCurated("data/curated");
});
const where = (test: (f: Fact) => boolean) => curated.facts.filter(test);

describe("the curated figures' labels", () => {
  it("mark the audit table's 2003 estimates and the forecast table's 2014p sectors", () => {
    expect(new Set(where((f) => f.sourceId === "cine21_20041001").map((f) => f.status))).toEqual(new Set(["estimate"]));
    const table = where((f) => f.sourceId === "kocca_overseas_japan_2015" && f.quote.startsWith("[표 20-2] 2014p"));
    expect(table).toHaveLength(10);
    expect(table.every((f) => f.status === "preliminary" && f.note.includes("must not be summed"))).toBe(true);
  });

  it("give per-film admissions the date they run to, not a calendar year", () => {
    const films = ["film:Suzume", "film:The First Slam Dunk", "film:Howl's Moving Castle"];
    const running = where((f) => f.indicator === "admissions" && films.includes(f.sector) && f.period !== "calendar");
    expect(running.length).toBeGreaterThanOrEqual(7);
    expect(running.every((f) => f.period === "to-date" && /^\d{4}-\d{2}/.test(f.periodEnd))).toBe(true);
    expect(where((f) => f.sourceId === "namu_suzume_kr").map((f) => f.periodEnd)).toEqual(["2024-12-15", "2024-12-15"]);
  });

  it("name Japan MIC's broadcast exports once, by fiscal year", () => {
    expect(where((f) => f.reporter === "JPN" && f.partner === "WLD" && f.sector === "broadcasting")).toEqual([]);
    const mic = where((f) => f.measure === "mic-broadcast-exports" && f.indicator === "export_value");
    expect(mic.length).toBeGreaterThanOrEqual(9);
    expect(mic.every((f) => f.period === "fiscal" && f.sector === "broadcasting_MIC")).toBe(true);
  });

  it("quote the ministry's English release verbatim and mark the Korean wire copies as copies of it", async () => {
    const release = await readFile(resolve(process.cwd(), "../shared/sources/facts/mcst_en_20230322.txt"), "utf8");
    const seed = where((f) => f.sourceId === "mcst_en_20230322");
    expect(seed.map((f) => f.value).sort()).toEqual([14, 15.4, 208.2]);
    expect(seed.every((f) => release.includes(f.quote))).toBe(true);
    for (const id of ["fnnews_20230319", "sbs_202303", "sisajournale_202303"]) expect(curated.citations.get(id)?.copyOf).toBe("mcst_en_20230322");
  });

  it("say where every reposted or mirrored source was read", () => {
    for (const id of ["chosun_en_201811_blogcopy", "herald_repost_20231228", "kbs_2023h1_repost", "namu_suzume_kr", "junatown_2016q2"]) {
      expect(curated.citations.get(id)?.via, id).not.toBe("");
    }
  });
});
