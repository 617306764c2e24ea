import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parse-csv";
import { overviewRowSchema } from "../../src/data/schemas";
import { snapshot, workspace } from "../helpers/ingest-workspace";

let ws: Awaited<ReturnType<typeof workspace>>;
beforeEach(async () => {
  ws = await workspace();
  await ws.ingest();
});
const overview = async () => parseCsv(await readFile(join(ws.out, "overview.csv"), "utf8"), overviewRowSchema, "overview.csv");

describe("the overview built from the fixture sources", () => {
  it("copies each card's figures with their source and averages the weekly counts per year", async () => {
    const rows = await overview();
    expect(rows.map((r) => [r.card, r.series, r.year, r.period, r.value, r.basis, r.inputs, r.dataset, r.sourceId])).toEqual([
      ["music-exports", "kosis-music-by-region", 2005, "calendar", 50, "reported", null, "trade-flows", "kosis-music"],
      ["music-exports", "kosis-music-by-region", 2006, "calendar", 301, "reported", null, "trade-flows", "kosis-music"],
      // Japan's TV list: The Glory and Physical: 100 in the first week, no Korean title in the second.
      ["netflix-korean-in-japan", "TV", 2023, "span", 1, "computed", 2, "netflix-cross-border", "netflix"],
      ["netflix-korean-in-japan", "Films", 2023, "span", 0.5, "computed", 2, "netflix-cross-border", "netflix"],
      ["netflix-japanese-in-korea", "TV", 2023, "span", 0, "computed", 2, "netflix-cross-border", "netflix"],
      ["netflix-japanese-in-korea", "Films", 2023, "span", 0.5, "computed", 2, "netflix-cross-border", "netflix"],
      // 東方神起 and KARA on the chart of 2010-02-08, none on 2010-02-15.
      ["hot100-korean", "Hot 100", 2010, "span", 1, "computed", 2, "hot100-korean", "hot100"],
      ["box-office-japanese", "kobis-yearly-lists", 2021, "calendar", 30, "computed", null, "box-office", "kobis2025"],
      ["japan-content-market", "dcaj-white-paper", 2019, "calendar", 12.8476, "reported", null, "market-size", "src_a"],
    ]);
    expect(rows[0].note).toBe("In 2005, 900 of the 1000 thousand US dollars exported (90%) are not classified by region.");
    expect(rows[0].sourceVia).toContain("parkintaek2-gif");
    expect([rows[2].periodStart, rows[2].periodEnd, rows[2].sourceDate]).toEqual(["2023-03-12", "2023-03-19", "2025-10-04"]);
    expect(rows[2].note).toBe(
      "Computed here: the mean over 2 weekly lists (weeks ending 2023-03-12 to 2023-03-19) of the distinct Korean titles in Japan's Netflix TV top 10: 2 ÷ 2. " +
        "Part of the year only: the data begin on 2023-03-12 and end on 2023-03-19. 2 entries of unknown origin in these weeks, so the mean is a lower bound.",
    );
  });

  it("says in the manifest what each card shows, and which cards this build leaves out", async () => {
    const manifest = JSON.parse(await readFile(join(ws.out, "manifest.json"), "utf8"));
    const notes: string[] = manifest.datasets.find((d: { id: string }) => d.id === "overview").notes;
    expect(notes.find((n) => n.startsWith("hot100-korean: "))).toMatch(/2010, 1 row\. Series: Hot 100\. Full view: \?view=charts&chart=hot100\.$/);
    expect(notes.filter((n) => n.includes("no rows in this build")).map((n) => n.split(":")[0])).toEqual(["broadcast-share", "game-share"]);
  });
});

describe("rebuilding the overview", () => {
  const kosis = () => join(ws.sources, "kosis-music-export-by-region/music-export-by-region_2005-2024.json");

  it("follows a dataset it is made from when that dataset alone is rebuilt", async () => {
    await writeFile(kosis(), (await readFile(kosis(), "utf8")).replace('"Japan": 301', '"Japan": 302').replace('"total": 400', '"total": 401'));
    const { written } = await ws.ingest(["trade-flows"]);
    expect(written.map((e) => e.id)).toEqual(["trade-flows", "overview"]);
    expect((await overview()).filter((r) => r.card === "music-exports").map((r) => r.value)).toEqual([50, 302]);
  });

  it("alone, from the published datasets, gives the same file", async () => {
    const before = await snapshot(ws.out);
    const { written } = await ws.ingest(["overview"]);
    expect(written.map((e) => e.id)).toEqual(["overview"]);
    expect(await snapshot(ws.out)).toEqual(before);
  });

  it("alone, stops and names the published file it needs when that file is gone, writing nothing", async () => {
    await rm(join(ws.out, "hot100-korean.csv"));
    const before = await snapshot(ws.out);
    await expect(ws.ingest(["overview"])).rejects.toThrow(
      `${join(ws.out, "hot100-korean.csv")}: overview is made from hot100-korean: build hot100-korean in the same run, or keep its published file and manifest entry`,
    );
    expect(await snapshot(ws.out)).toEqual(before);
  });
});
