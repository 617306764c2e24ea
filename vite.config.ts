import { createHash } from "node:crypto";
import { createReadStream, existsSync, statSync } from "node:fs";
import { copyFile, mkdir, readdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { lingui } from "@lingui/vite-plugin";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { firstLoad } from "./scripts/first-load-plugin.ts";

const DATA_DIR = resolve(import.meta.dirname, "data");
const PUBLISHED = /^((archive|parts)\/)?[a-z0-9-]+\.(csv|json)$/;

/** Serves data/ at /data/ in dev. */
function serveData(): Plugin {
  return {
    name: "serve-data",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use("/data", (req, res, next) => {
        const name = decodeURIComponent((req.url ?? "").split("?")[0].replace(/^\//, ""));
        const file = join(DATA_DIR, name);
        if (!PUBLISHED.test(name) || !existsSync(file)) return next();
        res.setHeader("Content-Type", name.endsWith(".json") ? "application/json" : "text/csv; charset=utf-8");
        res.setHeader("Content-Length", statSync(file).size);
        createReadStream(file).pipe(res);
      });
    },
  };
}

/** Copies the published data files (not data/curated) into the build. */
function copyData(): Plugin {
  let outDir = "dist";
  return {
    name: "copy-data",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const names = await readdir(DATA_DIR, { recursive: true });
      for (const name of names.map((n) => n.replaceAll("\\", "/")).filter((n) => PUBLISHED.test(n))) {
        await mkdir(dirname(join(outDir, "data", name)), { recursive: true });
        await copyFile(join(DATA_DIR, name), join(outDir, "data", name));
      }
    },
  };
}

/**
 * No inline script but the ones index.html is built with, each allowed by its hash; inline styles are needed by the
 * chart library's SVG attributes.
 */
const contentSecurityPolicy = (scriptHashes: string[]) => [
  "default-src 'self'",
  ["script-src 'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(" "),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/** Scripts written out in the page (not JSON data, not loaded from a file). */
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) => {
        const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, code]) => createHash("sha256").update(code).digest("base64"));
        return [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy(hashes) }, injectTo: "head-prepend" }];
      },
    },
  };
}

const VIEW_MODULE = /\/src\/features\/([a-z]+)\/\1-view\.tsx$/;

/**
 * V8's hint that a script's functions are called as soon as it loads (it must open the file): V8 then compiles
 * them all on another thread as the file streams in, instead of each on the page's thread at its first call.
 * Given to the code each first screen runs after the entry (the chart library's core and the views), which
 * arrives while the entry is still running.
 */
function compileHints(): Plugin {
  const hint = "//# allFunctionsCalledOnLoad\n";
  return {
    name: "compile-hints",
    apply: "build",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== "chunk" || !(chunk.name === "chart-card" || VIEW_MODULE.test(chunk.facadeModuleId ?? ""))) continue;
          chunk.code = hint + chunk.code;
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        }
      },
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [react(), lingui({ failOnMissing: true, failOnCompileError: true }), serveData(), copyData(), firstLoad(DATA_DIR), contentSecurityPolicyMeta(), compileHints()],
  // modulePreload: every browser the site supports has it natively.
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 700,
    modulePreload: { polyfill: false },
    // One stylesheet, in the page's head: a view's own stylesheet would be fetched only once its code runs, and its
    // code waits for it.
    cssCodeSplit: false,
    // Everything the entry imports in one chunk, rather than split into small shared ones that each cost a request (on
    // HTTP/1.1 a first screen's seventh request waits for one of the first six); likewise a chart card with all it
    // draws with (the chart library's core), the table switch every card has (its sortable table loads when first
    // shown), and the event spans and comparison windows every time chart marks; and the yearly series code the
    // overview and the figures views share.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "index", tags: ["$initial"] },
            {
              name: "chart-card",
              test: /\/src\/(charts\/time-chart\.tsx|components\/(chart-card|data-table)\.tsx|lib\/(event-span|compare-bands)\.ts|components\/compare\/use-comparison\.ts)$/,
              includeDependenciesRecursively: true,
            },
            { name: "series", test: /\/src\/lib\/(group-by|year-series|observation-series)\.ts$/, includeDependenciesRecursively: true },
          ],
        },
      },
    },
  },
  worker: { format: "es" },
  test: {
    globals: true,
    projects: [
      { extends: true, test: { name: "unit", environment: "node", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["tests/component/**/*.test.tsx"],
          setupFiles: ["tests/component/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.e2e.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
