import { chromium, type Page } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, ensureChromium } from "../tests/e2e/chromium";

/** A filter to flip back and forth, and how fast its first chart must show its final state. */
type Case = { name: string; url: string; field: string; values: [string, string]; budgetMs: number };

const CASES: Case[] = [
  { name: "trade view, sector", url: "/?view=trade", field: "sector", values: ["film", "music"], budgetMs: 100 },
  { name: "trade view, direction", url: "/?view=trade", field: "dir", values: ["KOR-JPN", "both"], budgetMs: 100 },
  { name: "rankings, country", url: "/?view=charts&chart=netflix", field: "country", values: ["KR", "JP"], budgetMs: 50 },
  { name: "rankings, category", url: "/?view=charts&chart=netflix", field: "cat", values: ["TV", "all"], budgetMs: 50 },
];

const RUNS = Number(process.env.REDRAW_RUNS ?? 11);
const QUIET_MS = 400;

/**
 * In the page: set the select, then watch the first chart card until it has been still for a while.
 * The result is the time from the change to the frame after its last mutation. A string, so that the
 * TypeScript runner adds no helpers of its own to code that runs in the browser.
 */
const CHANGE_AND_SETTLE = `([field, value, quiet]) => {
  const select = document.querySelector('select[name="' + field + '"]');
  const view = document.querySelector(".view");
  if (!select || !view) throw new Error("no select named " + field);
  return new Promise((done) => {
    let last = -1, timer = 0, start = 0;
    const finish = () => { observer.disconnect(); done(last < 0 ? NaN : last - start); };
    const observer = new MutationObserver((records) => {
      const card = view.querySelector(".chart-card");
      if (!records.some((r) => r.target === view || (card && card.contains(r.target)))) return;
      requestAnimationFrame(() => (last = performance.now()));
      clearTimeout(timer);
      timer = setTimeout(finish, quiet);
    });
    observer.observe(view, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(finish, quiet);
    select.value = value;
    start = performance.now();
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}`;

const changeAndSettle = (page: Page, field: string, value: string): Promise<number> =>
  page.evaluate(`(${CHANGE_AND_SETTLE})(${JSON.stringify([field, value, QUIET_MS])})`);

async function drawn(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll(".chart-card .recharts-surface").length > 0, undefined, { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Redraw time after a filter change, on the built site (run `vite build` first). */
export async function benchRedraw(): Promise<void> {
  const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("vite preview did not start");
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    for (const c of CASES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`http://127.0.0.1:${address.port}${c.url}`);
      await drawn(page);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await changeAndSettle(page, c.field, c.values[i % 2]));
      await page.close();
      const m = median(times);
      console.log(`redraw, ${c.name}: median ${m.toFixed(0)} ms of ${RUNS} (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}; target ${c.budgetMs} ms${m <= c.budgetMs ? "" : ", missed"})`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchRedraw().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
