import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { OnlineContext } from "../../scripts/online/context";

/** A fixture answer: a body, its status and headers. */
export type Reply = { status?: number; body: string; headers?: Record<string, string> };

export const fixture = (name: string) => readFileSync(resolve(process.cwd(), "tests/fixtures/online", name), "utf8");
export const reply = (name: string, status = 200, headers: Record<string, string> = {}): Reply => ({ status, body: fixture(name), headers });

/**
 * An online context whose HTTP client answers from fixtures and never reaches the network:
 * `route` picks the reply for a URL (undefined fails the test). Every request and wait is recorded.
 */
export function stubOnline(route: (url: URL, calls: number) => Reply | undefined, env: Record<string, string> = {}, years: OnlineContext["years"] = null) {
  const requests: { url: URL; headers: Record<string, string> }[] = [];
  const waits: number[] = [];
  const ctx: OnlineContext = {
    env,
    http: async (url, init) => {
      const parsed = new URL(url);
      requests.push({ url: parsed, headers: init?.headers ?? {} });
      const answer = route(parsed, requests.length);
      if (!answer) throw new Error(`unexpected request in a test: ${parsed.origin}${parsed.pathname}`);
      const status = answer.status ?? 200;
      return new Response(answer.body, { status, statusText: STATUS_TEXT[status] ?? "", headers: answer.headers });
    },
    sleep: async (ms) => {
      waits.push(ms);
    },
    today: "2025-03-01",
    years,
    log: () => {},
  };
  return { ctx, requests, waits };
}

const STATUS_TEXT: Record<number, string> = { 200: "OK", 401: "Unauthorized", 404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable" };
