import { resolve } from "node:path";
import { chromium, type BrowserServer } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, ensureChromium } from "./chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

let server: PreviewServer | undefined;
let browser: BrowserServer | undefined;

/** Build the site once, serve dist/ with vite preview, and start one Chromium for every test file. */
export async function setup(project: TestProject) {
  const executablePath = ensureChromium();
  const root = resolve(import.meta.dirname, "../..");
  await build({ root, logLevel: "warn" });
  server = await preview({ root, logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("vite preview did not start");
  browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
  project.provide("baseUrl", `http://127.0.0.1:${address.port}`);
  project.provide("wsEndpoint", browser.wsEndpoint());
}

export async function teardown() {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.httpServer.close(() => done()) : done()));
}
