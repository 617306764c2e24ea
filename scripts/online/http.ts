import type { OnlineContext } from "./context";

/** One request, described for messages without its URL (which may carry a key). */
export type Request = { publisher: string; what: string; url: string; headers?: Record<string, string> };

const RETRIES = 2;
const DEFAULT_WAIT_S = 5;
const MAX_WAIT_S = 60;

/**
 * GET a text body. A 429 is retried twice after the wait the publisher asks for; any other HTTP error,
 * or a network failure, throws a message naming the publisher, the request and the publisher's own words.
 * `absent` lists statuses that mean "no data" and return null instead.
 */
export async function getText(ctx: OnlineContext, req: Request, absent: number[] = []): Promise<string | null> {
  for (let attempt = 0; ; attempt++) {
    const response = await ctx.http(req.url, { headers: req.headers }).catch((error: unknown) => {
      throw new Error(`${req.publisher}: could not reach the API for ${req.what} (${error instanceof Error ? error.message : String(error)})`);
    });
    const body = await response.text();
    if (response.status === 429 && attempt < RETRIES) {
      const wait = waitSeconds(response.headers.get("retry-after"));
      ctx.log(`${req.publisher}: rate limited, waiting ${wait} s`);
      await ctx.sleep(wait * 1000);
      continue;
    }
    if (response.status === 429) {
      throw new Error(`${req.publisher}: rate limit reached (HTTP 429) for ${req.what} after ${RETRIES + 1} tries; wait and run again.${excerpt(body)}`);
    }
    if (absent.includes(response.status)) return null;
    if (!response.ok) throw new Error(`${req.publisher}: HTTP ${response.status} ${response.statusText} for ${req.what}.${excerpt(body)}`);
    return body;
  }
}

/** GET and parse JSON; a body that is not JSON is an error quoting its start. */
export async function getJson(ctx: OnlineContext, req: Request): Promise<unknown> {
  const body = (await getText(ctx, req))!;
  try {
    return JSON.parse(body);
  } catch {
    throw new Error(`${req.publisher}: the answer for ${req.what} is not JSON:${excerpt(body)}`);
  }
}

function waitSeconds(header: string | null): number {
  const seconds = header === null || header.trim() === "" ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, MAX_WAIT_S) : DEFAULT_WAIT_S;
}

/** The publisher's own message: a JSON message field, an XML text element, or the start of the body. */
function excerpt(body: string): string {
  const text = messageOf(body).replace(/\s+/g, " ").trim().slice(0, 300);
  return text ? ` The API said: ${text}` : "";
}

function messageOf(body: string): string {
  try {
    const found = findMessage(JSON.parse(body), 2);
    if (found) return found;
  } catch {
    const xml = body.match(/<(?:\w+:)?Text[^>]*>([^<]+)</);
    if (xml) return xml[1];
  }
  return body.replace(/<[^>]+>/g, " ");
}

/** A message field of a JSON error object, looked for at most `depth` levels down (e.g. RESULT.MESSAGE). */
function findMessage(value: unknown, depth: number): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const own = ["message", "errMsg", "error", "MESSAGE"].map((k) => record[k]).find((v) => typeof v === "string" && v);
  if (typeof own === "string") return own;
  return depth > 0 ? Object.values(record).map((v) => findMessage(v, depth - 1)).find(Boolean) : undefined;
}
