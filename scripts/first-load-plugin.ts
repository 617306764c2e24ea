import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { minify, runnerImport, type HtmlTagDescriptor, type Plugin, type Rolldown } from "vite";

type Plan = typeof import("./first-load-plan");

/** The script that starts the first screen's downloads: served as written in development, minified in the build. */
const SCRIPT = resolve(import.meta.dirname, "../src/app/first-load.js");
const SCRIPT_NAME = "first-load.js";

/** A lazily loaded module's chunk and the chunks it imports, without the entry that is loading anyway. */
function lazyChunks(bundle: Rolldown.OutputBundle, source: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === "chunk");
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const facade = chunks.find((c) => c.facadeModuleId?.endsWith(`/${source}`));
  if (!facade) throw new Error(`first load: no chunk for ${source} (a module loaded lazily)`);
  const found = new Set<string>();
  const visit = (chunk: Rolldown.OutputChunk) => {
    if (chunk.isEntry || found.has(chunk.fileName)) return;
    found.add(chunk.fileName);
    chunk.imports.forEach((name) => byName.has(name) && visit(byName.get(name)!));
  };
  visit(facade);
  return [...found];
}

/** JSON that is safe inside a script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * Puts the data index and the first-load plan into index.html as JSON blocks (data, not script: the
 * Content-Security-Policy stays free of inline script), and loads src/app/first-load.js, which adds
 * preload links for the datasets, code and message groups of the view the address asks for, and the catalogue of its language.
 */
export function firstLoad(dataDir: string): Plugin {
  let base = "/";
  let plan: Promise<Plan> | undefined;
  return {
    name: "first-load",
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use(`/${SCRIPT_NAME}`, (_req, res) => {
        res.setHeader("Content-Type", "text/javascript");
        res.end(readFileSync(SCRIPT, "utf8"));
      });
    },
    async generateBundle() {
      const { code } = await minify(SCRIPT_NAME, readFileSync(SCRIPT, "utf8"));
      this.emitFile({ type: "asset", fileName: SCRIPT_NAME, source: code });
    },
    transformIndexHtml: {
      order: "post",
      async handler(_html, ctx): Promise<HtmlTagDescriptor[]> {
        // Loaded through Vite, so the app's own modules (imported without extensions) load as they do in the app.
        plan ??= runnerImport<Plan>(resolve(import.meta.dirname, "first-load-plan.ts"), { configFile: false, logLevel: "error" }).then((r) => r.module);
        const { readIndex, firstLoadPlan, DATA_INDEX_ELEMENT, PLAN_ELEMENT } = await plan;
        const index = readIndex(dataDir);
        const chunks = (source: string) => (ctx.bundle ? lazyChunks(ctx.bundle, source) : []);
        const screens = firstLoadPlan(index, base, (view) => chunks(`src/features/${view}/${view}-view.tsx`), (language) => chunks(`src/locales/${language}.po`),
          (group, language) => chunks(`src/locales/${group}/${language}.po`));
        const json = (id: string, value: unknown): HtmlTagDescriptor => ({ tag: "script", attrs: { type: "application/json", id }, children: scriptJson(value), injectTo: "head" });
        // The plan and its script before the (larger) index, so the preloads start as early as the HTML allows.
        return [
          json(PLAN_ELEMENT, screens),
          { tag: "script", attrs: { src: `${base}${SCRIPT_NAME}`, async: true, fetchpriority: "high" }, injectTo: "head" },
          json(DATA_INDEX_ELEMENT, index),
        ];
      },
    },
  };
}
