import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runIngest } from "../../scripts/run-ingest";
import { FILES } from "../../scripts/lib/sources";
import { manifestSchema, type Manifest } from "../../src/data/manifest";
import { snapshot, workspace } from "../helpers/ingest-workspace";

let ws: Awaited<ReturnType<typeof workspace>>;
let served: Map<string, string>;

const SKIPPED = [
  { id: "box-office", needs: ["kobis-boxoffice-2018-2025/kobis_yearly_boxoffice_2018-2022.csv"] },
  { id: "box-office-films", needs: ["kobis-boxoffice-2018-2025/kobis_alltime_top500_as_of_2025-06-05.csv", "kobis-boxoffice-2018-2025/kobis_yearly_boxoffice_2018-2022.csv"] },
  { id: "hot100-korean", needs: ["billboard-japan-hot100/billboard-japan-hot100_weekly_2008-2025.csv"] },
  { id: "flixpatrol-2020", needs: ["flixpatrol-netflix-daily-jp-kr-2020/flixpatrol-netflix-top10-daily_jp-kr_2020.csv"] },
];
const SKIPPED_FILES = ["box-office.csv", "box-office-films.csv", "hot100-korean.csv", "flixpatrol-2020.csv"];

/** The publishers' URLs answer with the fixture files; anything else is unreachable. */
beforeEach(async () => {
  ws = await workspace();
  await ws.ingest();
  served = new Map();
  for (const source of Object.values(FILES)) {
    if (source.url) served.set(source.url, await readFile(join(ws.sources, source.folder, source.file), "utf8"));
  }
  vi.stubGlobal("fetch", async (url: string) => {
    const body = served.get(url);
    if (body === undefined) throw new TypeError("fetch failed", { cause: new Error(`getaddrinfo ENOTFOUND ${new URL(url).host}`) });
    return new Response(body);
  });
});
afterEach(() => vi.unstubAllGlobals());

const web = (ids: string[] = []) => runIngest({ ids, from: { web: true }, out: ws.out, curatedDir: ws.curated });
const manifest = async (): Promise<Manifest> => manifestSchema.parse(JSON.parse(await readFile(join(ws.out, "manifest.json"), "utf8")));

describe("the ingest from the publishers' URLs", () => {
  it("skips the datasets whose sources have no download, keeps their files and manifest entries, and writes the others", async () => {
    const spotify = FILES.spotifyJapan.url;
    served.set(spotify, `${served.get(spotify)}2023-07-04,2,Seven,Jung Kook,90,184400,single,1,2023-07-14,False,\n`);
    const before = await snapshot(ws.out);
    const entriesBefore = (await manifest()).datasets;

    const { written, skipped } = await web();

    expect(skipped).toEqual(SKIPPED);
    expect(written.map((e) => e.id)).toEqual(entriesBefore.map((e) => e.id).filter((id) => !SKIPPED.some((s) => s.id === id)));
    const after = await snapshot(ws.out);
    for (const file of SKIPPED_FILES) expect(after[file]).toBe(before[file]);
    const entriesAfter = (await manifest()).datasets;
    for (const { id } of SKIPPED) expect(entriesAfter.find((e) => e.id === id)).toEqual(entriesBefore.find((e) => e.id === id));
    expect(after["spotify-weekly.csv"]).not.toBe(before["spotify-weekly.csv"]);
    expect(Object.keys(after).filter((name) => name.startsWith("archive/"))).toEqual([`archive/spotify-weekly-${before["spotify-weekly.csv"].slice(0, 12)}.csv`]);
  });

  it("says which local snapshot a dataset needs when only such datasets are asked for", async () => {
    const before = await snapshot(ws.out);
    await expect(web(["hot100-korean"])).rejects.toThrow(
      "nothing to build from the publishers' URLs: hot100-korean needs billboard-japan-hot100/billboard-japan-hot100_weekly_2008-2025.csv under a --from folder",
    );
    expect(await snapshot(ws.out)).toEqual(before);
  });

  it("names the URL that could not be reached and the snapshot that would replace it, and writes nothing", async () => {
    served.delete(FILES.netflixGlobal.url);
    const before = await snapshot(ws.out);
    await expect(web()).rejects.toThrow(
      `${FILES.netflixGlobal.url}: download failed (fetch failed: getaddrinfo ENOTFOUND www.netflix.com); or pass --from <folder> holding netflix-top10/all-weeks-global.tsv`,
    );
    expect(await snapshot(ws.out)).toEqual(before);
  });
});
