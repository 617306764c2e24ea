import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstLoadPlan, readIndex, screenOf } from "../../scripts/first-load-plan";
import { CHARTS, COUNTRIES, VIEWS } from "../../src/state/url-codec";

const index = readIndex("data");
const fileOf = (id: string) => {
  const entry = index.datasets.find((d) => d.id === id)!;
  return `./data/${entry.file}?v=${entry.sha256.slice(0, 12)}`;
};
const partOf = (id: string, value: string) => {
  const part = index.datasets.find((d) => d.id === id)!.parts!.files.find((p) => p.value === value)!;
  return `./data/${part.file}?v=${part.sha256.slice(0, 12)}`;
};

describe("firstLoadPlan", () => {
  const plan = firstLoadPlan(index, "./", (view) => [`assets/${view}-view.js`, "assets/charts-library.js"], (language) => [`assets/${language}.js`],
    (group, language) => [`assets/${group}/${language}.js`]);

  it("lists a first screen for every combination of view, chart and list country, with the address's defaults", () => {
    expect(Object.keys(plan.keys)).toHaveLength(VIEWS.length * CHARTS.length * COUNTRIES.length);
    expect(new Set(plan.screens.map((s) => JSON.stringify(s))).size).toBe(plan.screens.length);
    expect(new Set(Object.values(plan.keys))).toEqual(new Set(plan.screens.keys()));
    expect(plan.params).toEqual([
      { name: "view", values: VIEWS, fallback: "overview" },
      { name: "chart", values: CHARTS, fallback: "netflix" },
      { name: "country", values: COUNTRIES, fallback: "JP" },
    ]);
    expect(plan.pinned).toBe("v");
  });

  it("names each first screen's data files pinned to their version, and the view's code", () => {
    expect(screenOf(plan, "trade|netflix|JP")!).toEqual({
      data: ["events", "labels", "trade-flows"].map(fileOf),
      modules: ["./assets/trade-view.js", "./assets/charts-library.js"],
      messages: ["figures"],
    });
    expect(screenOf(plan, "charts|boxoffice|JP")!.data).toEqual(["events", "labels", "box-office", "box-office-films"].map(fileOf));
    expect(screenOf(plan, "charts|spotify|JP")!.modules[0]).toBe("./assets/charts-view.js");
    expect(screenOf(plan, "overview|netflix|JP")!.data).toEqual([fileOf("overview")]);
    expect(screenOf(plan, "overview|netflix|KR")!).toEqual(screenOf(plan, "overview|netflix|JP")!);
    expect(screenOf(plan, "coverage|netflix|JP")!.data).toEqual(["trade-flows", "market-size", "export-share", "box-office", "labels"].map(fileOf));
  });

  it("names only the part of a split dataset that the chart's list reads, and whole files for datasets not split", () => {
    expect(screenOf(plan, "charts|netflix|JP")!.data).toEqual([fileOf("events"), fileOf("labels"), partOf("netflix-cross-border", "JP")]);
    expect(screenOf(plan, "charts|netflix|KR")!.data).toEqual([fileOf("events"), fileOf("labels"), partOf("netflix-cross-border", "KR")]);
    expect(screenOf(plan, "charts|spotify|KR")!.data).toEqual(["events", "labels", "spotify-weekly"].map(fileOf));
  });

  it("names the catalogue chunks of Korean and Japanese (none for English), the parameter that chooses them, and their locales", () => {
    expect(plan.language).toBe("lang");
    expect(plan.catalogues).toEqual({ en: [], ko: ["./assets/ko.js"], ja: ["./assets/ja.js"] });
    expect(plan.locales).toEqual({ en: "en-GB", ko: "ko-KR", ja: "ja-JP" });
  });

  it("names the message groups of each view's first screen, and their chunks in every language", () => {
    expect(screenOf(plan, "overview|netflix|JP")!.messages).toEqual(["overview"]);
    expect(screenOf(plan, "charts|hot100|JP")!.messages).toEqual(["charts"]);
    expect(screenOf(plan, "coverage|netflix|JP")!.messages).toEqual(["coverage"]);
    expect(screenOf(plan, "market|netflix|JP")!.messages).toEqual(["figures"]);
    expect(plan.groups.en).toEqual({
      overview: ["./assets/overview/en.js"], figures: ["./assets/figures/en.js"], charts: ["./assets/charts/en.js"], coverage: ["./assets/coverage/en.js"],
    });
    expect(plan.groups.ko.overview).toEqual(["./assets/overview/ko.js"]);
  });

  it("fails when a first screen needs a dataset the manifest does not list", () => {
    const partial = { datasets: index.datasets.filter((d) => d.id !== "trade-flows") };
    expect(() => firstLoadPlan(partial, "./", () => [])).toThrow('needs "trade-flows"');
  });
});

describe("readIndex", () => {
  it("keeps what the charts need of each dataset and nothing of its descriptions", () => {
    const flows = index.datasets.find((d) => d.id === "trade-flows")!;
    expect(Object.keys(flows).sort()).toEqual(["bytes", "file", "id", "kind", "rows", "sha256", "sources", "versions"]);
    const weekly = index.datasets.find((d) => d.id === "netflix-cross-border")!;
    expect(weekly.sources.length).toBeGreaterThan(0);
    expect(weekly.sources.every((s) => Object.keys(s).join() === "attribution" && s.attribution !== "")).toBe(true);
  });

  it("leaves out the sources of datasets whose rows name their own, and keeps the others'", () => {
    const named = index.datasets.filter((d) => ["observation", "event", "overview"].includes(d.kind));
    expect(named.map((d) => d.id)).toContain("trade-flows");
    expect(named.every((d) => d.sources.length === 0)).toBe(true);
    expect(index.datasets.filter((d) => !named.includes(d)).every((d) => d.sources.length > 0)).toBe(true);
  });

  it("fails the build on a manifest that does not match its schema", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kj-index-"));
    await writeFile(join(dir, "manifest.json"), JSON.stringify({ title: "x", datasets: [{ id: "Bad Id" }] }));
    expect(() => readIndex(dir)).toThrow(/^data\/manifest.json: /);
  });
});
