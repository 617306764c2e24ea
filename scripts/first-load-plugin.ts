import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { minify, runnerImport, type HtmlTagDescriptor, type Plugin, type Rolldown } from "vite";

type Plan = typeof import("./first-load-plan");

/** The script that starts the first screen's downloads, written into index.html: as it is in development, minified in the build. */
const SCRIPT = resolve(import.meta.dirname, "../src/app/first-load.js");

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

/** The entry's module script, which the first-load script follows so that the browser asks for the entry first. */
const ENTRY = /<script type="module"[^>]*><\/script>/;

/**
 * Puts the data index and the first-load plan into index.html as JSON blocks, with src/app/first-load.js written
 * out after the entry's script tag: before the app's code has arrived, it adds preload links for the datasets, code
 * and message groups of the view the address asks for, and the catalogue of its language. The build's
 * Content-Security-Policy allows that one script by its hash.
 */
export function firstLoad(dataDir: string): Plugin {
  let base = "/";
  let plan: Promise<Plan> | undefined;
  let minified: Promise<string> | undefined;
  return {
    name: "first-load",
    configResolved(config) {
      base = config.base;
      if (config.command === "build") minified = minify("first-load.js", readFileSync(SCRIPT, "utf8")).then((r) => r.code.trim());
    },
    transformIndexHtml: {
      order: "post",
      async handler(html, ctx): Promise<{ html: string; tags: HtmlTagDescriptor[] }> {
        // Loaded through Vite, so the app's own modules (imported without extensions) load as they do in the app.
        plan ??= runnerImport<Plan>(resolve(import.meta.dirname, "first-load-plan.ts"), { configFile: false, logLevel: "error" }).then((r) => r.module);
        const { readIndex, firstLoadPlan, DATA_INDEX_ELEMENT, PLAN_ELEMENT } = await plan;
        const index = readIndex(dataDir);
        const chunks = (source: string) => (ctx.bundle ? lazyChunks(ctx.bundle, source) : []);
        const screens = firstLoadPlan(index, base, (view) => chunks(`src/features/${view}/${view}-view.tsx`), (language) => chunks(`src/locales/${language}.po`),
          (group, language) => chunks(`src/locales/${group}/${language}.po`));
        const json = (id: string, value: unknown) => `<script type="application/json" id="${id}">${scriptJson(value)}</script>`;
        // The plan and its script right after the entry's script tag and before the stylesheet, which a script
        // would wait for; the (larger) data index after them.
        const early = `${json(PLAN_ELEMENT, screens)}\n    <script>${(await minified) ?? readFileSync(SCRIPT, "utf8")}</script>`;
        const placed = ENTRY.test(html) ? html.replace(ENTRY, (tag) => `${tag}\n    ${early}`) : html.replace("</head>", `${early}\n  </head>`);
        return { html: placed, tags: [{ tag: "script", attrs: { type: "application/json", id: DATA_INDEX_ELEMENT }, children: scriptJson(index), injectTo: "head" }] };
      },
    },
  };
}
