import type { OnlineContext } from "./context";

/** The context of a real online run: this process's environment, the global fetch and today's date. */
export function onlineContext(years: string | undefined, log: (line: string) => void): OnlineContext {
  return {
    env: process.env,
    http: (url, init) => fetch(url, init),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    today: new Date().toISOString().slice(0, 10),
    years: years === undefined ? null : parseYears(years),
    log,
  };
}

/** "2019" or "2005-2024". */
export function parseYears(text: string): { from: number; to: number } {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  const from = Number(match?.[1]);
  const to = Number(match?.[2] ?? match?.[1]);
  if (!match || from > to) throw new Error(`--years takes a year or a range such as 2005-2024, not "${text}"`);
  return { from, to };
}
