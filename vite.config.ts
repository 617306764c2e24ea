import { createReadStream, existsSync, statSync } from "node:fs";
import { copyFile, mkdir, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const DATA_DIR = resolve(import.meta.dirname, "data");
const PUBLISHED = /^[a-z0-9-]+\.(csv|json)$/;

/** Serves data/ at /data/ in dev and copies its published files (not data/curated) into the build. */
function dataFiles(): Plugin {
  let outDir = "dist";
  return {
    name: "data-files",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
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
    async closeBundle() {
      const target = join(outDir, "data");
      await mkdir(target, { recursive: true });
      for (const name of await readdir(DATA_DIR)) {
        if (PUBLISHED.test(name)) await copyFile(join(DATA_DIR, name), join(target, name));
      }
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [react(), dataFiles()],
  build: { minify: "esbuild", target: "es2022" },
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
