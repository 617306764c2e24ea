import type { Source } from "../../src/data/manifest";
import type { Observation } from "../lib/observations";

/** What an online adapter may use: the environment for keys, an HTTP client, a clock and the years asked for. */
export type OnlineContext = {
  env: Record<string, string | undefined>;
  http: (url: string, init?: { headers?: Record<string, string> }) => Promise<Response>;
  sleep: (ms: number) => Promise<void>;
  /** Today's date (YYYY-MM-DD): the retrieval date of everything read. */
  today: string;
  /** Years to request; null = each adapter's default. */
  years: { from: number; to: number } | null;
  log: (line: string) => void;
};

const KEYS = {
  KOSIS_API_KEY: { publisher: "KOSIS (Statistics Korea)", signUp: "https://kosis.kr/openapi/" },
  ECOS_API_KEY: { publisher: "Bank of Korea ECOS", signUp: "https://ecos.bok.or.kr/api/" },
  COMTRADE_API_KEY: { publisher: "UN Comtrade", signUp: "https://comtradedeveloper.un.org/" },
  KOBIS_API_KEY: { publisher: "KOBIS (Korean Film Council)", signUp: "https://www.kobis.or.kr/kobisopenapi/" },
} as const;
export type KeyName = keyof typeof KEYS;

export function keyOf(ctx: OnlineContext, name: KeyName): string {
  const key = ctx.env[name]?.trim();
  if (!key) throw new Error(missingKeys([name]));
  return key;
}

/** Which keys are missing, where to get them, and that the shipped data needs none. */
export function missingKeys(names: KeyName[]): string {
  const lines = names.map((n) => `${n} is not set: get a free ${KEYS[n].publisher} key at ${KEYS[n].signUp} and set it in the environment.`);
  return `${lines.join(" ")} The shipped data/ works without any key; only --online needs one.`;
}

/** The years to ask for: those given on the command line, or from `from` to last year. */
export function yearsOf(ctx: OnlineContext, from: number): { from: number; to: number } {
  const lastYear = Number(ctx.today.slice(0, 4)) - 1;
  return ctx.years ?? { from, to: lastYear };
}

/** What the adapters of online-only datasets hand back: rows, their sources and notes for the manifest. */
export type OnlineRows = { rows: Observation[]; sources: Source[]; notes: string[] };

/** The source columns of a row read from a publisher's API. */
export const sourceFields = (source: Source) => ({
  sourceId: source.id,
  sourcePublisher: source.publisher,
  sourceTitle: source.title,
  sourceDate: source.retrieved,
  sourceVia: source.via,
  sourceUrl: source.url,
});
