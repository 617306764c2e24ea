import type { z } from "zod";
import { formatPath } from "../lib/json-file";
import type { Request } from "./http";

/** Validate an API answer; a mismatch names the publisher, the request and the path of the first bad value. */
export function shaped<S extends z.ZodType>(schema: S, value: unknown, req: Pick<Request, "publisher" | "what">): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${req.publisher}: unexpected answer for ${req.what}, at ${formatPath(issue.path)}: ${issue.message}`);
}

/** A number written as text in an API answer ("9364", "-12.5"); anything else is null. */
export function numberOf(text: string): number | null {
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** Two figures for the same thing from one answer mean the answer was not read right: fail rather than pick one. */
export function assertDistinct(rows: { indicator: string; reporter: string; partner: string; sector: string; year: number | null; measure: string }[], publisher: string) {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = [r.measure, r.indicator, r.reporter, r.partner, r.sector, r.year].join(" ");
    if (seen.has(key)) throw new Error(`${publisher}: two figures for ${key}`);
    seen.add(key);
  }
}
