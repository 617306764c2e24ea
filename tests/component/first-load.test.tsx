import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { firstLoadPlan, readIndex } from "../../scripts/first-load-plan";

const SCRIPT = readFileSync(resolve(process.cwd(), "src/app/first-load.js"), "utf8");
const index = readIndex("data");
const plan = firstLoadPlan(index, "./", (view) => [`assets/${view}-view.js`], (language) => [`assets/${language}.js`], (group, language) => [`assets/${group}-${language}.js`]);
const fileOf = (id: string) => index.datasets.find((d) => d.id === id)!.file;
const partOf = (id: string, value: string) => index.datasets.find((d) => d.id === id)!.parts!.files.find((p) => p.value === value)!.file;

/** Run src/app/first-load.js on a page at the given address; the links it added, as rel, file and as. */
function preloadsAt(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  document.head.innerHTML = `<script type="application/json" id="first-load">${JSON.stringify(plan)}</script>`;
  new Function(SCRIPT)();
  return [...document.head.querySelectorAll("link")].map((l) => [l.rel, new URL(l.href).pathname.split("/").pop(), l.getAttribute("as") ?? undefined]);
}

afterEach(() => {
  document.head.innerHTML = "";
  window.history.replaceState(null, "", "/");
});

describe("first-load.js", () => {
  it("preloads the default view's code, messages and data on a bare address: the overview and its one file", () => {
    expect(preloadsAt("")).toEqual([
      ["modulepreload", "overview-view.js", undefined],
      ["modulepreload", "overview-en.js", undefined],
      ["preload", fileOf("overview"), "fetch"],
    ]);
    expect(preloadsAt("?view=trade")).toEqual([
      ["modulepreload", "trade-view.js", undefined],
      ["modulepreload", "figures-en.js", undefined],
      ...["events", "labels", "trade-flows"].map((id) => ["preload", fileOf(id), "fetch"]),
    ]);
  });

  it("preloads the chart the address names, and the default for a value it does not know", () => {
    expect(preloadsAt("?view=charts&chart=spotify").map((l) => l[1])).toEqual(["charts-view.js", "charts-en.js", fileOf("events"), fileOf("labels"), fileOf("spotify-weekly")]);
    expect(preloadsAt("?view=charts&chart=tiktok").map((l) => l[1])).toContain(partOf("netflix-cross-border", "JP").split("/").pop());
    expect(preloadsAt("?view=charts&country=KR").map((l) => l[1])).toEqual(["charts-view.js", "charts-en.js", fileOf("events"), fileOf("labels"), partOf("netflix-cross-border", "KR").split("/").pop()]);
    expect(preloadsAt("?view=%00bad").map((l) => l[1])).toEqual(["overview-view.js", "overview-en.js", fileOf("overview")]);
  });

  it("preloads the page's catalogue and the view's messages in the language the address names", () => {
    expect(preloadsAt("?lang=ko").map((l) => l[1])).toEqual(["ko.js", "overview-view.js", "overview-ko.js", fileOf("overview")]);
    expect(preloadsAt("?view=coverage&lang=ja").slice(0, 3).map((l) => l[1])).toEqual(["ja.js", "coverage-view.js", "coverage-ja.js"]);
  });

  it("leaves a pinned version's files to the app, which knows the archived ones", () => {
    expect(preloadsAt("?view=charts&v=deadbeef")).toEqual([["modulepreload", "charts-view.js", undefined], ["modulepreload", "charts-en.js", undefined]]);
  });

  it("asks for the data as the app's fetch does, so the browser uses the preloaded response", () => {
    preloadsAt("");
    const data = document.head.querySelector<HTMLLinkElement>('link[as="fetch"]')!;
    expect(data.getAttribute("crossorigin")).toBe("anonymous");
    expect(new URL(data.href).search).toMatch(/^\?v=[0-9a-f]{12}$/);
  });

  it("does nothing with a plan it cannot read, so the app loads what it needs itself", () => {
    window.history.replaceState(null, "", "/?view=charts");
    document.head.innerHTML = `<script type="application/json" id="first-load">{"screens": 1}</script>`;
    expect(() => new Function(SCRIPT)()).not.toThrow();
    expect(document.head.querySelectorAll("link")).toHaveLength(0);
  });
});
