import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { z } from "zod/mini";
z.config({ jitless: true });
const variant = process.argv[2];
const text = readFileSync("data/netflix-cross-border.csv", "utf8");
const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const t0 = performance.now();
let schema: z.ZodMiniObject;
if (variant === "current") {
  schema = (await import("../src/data/schemas")).crossBorderWeekSchema;
} else {
  const { isCalendarDate } = await import("../src/lib/calendar-date");
  const text = z.string().check(z.minLength(1, "empty cell"));
  const optionalText = z.string();
  const int = z.pipe(z.string().check(z.regex(/^-?\d+$/, "not a whole number")), z.transform(Number));
  const INT = /^-?\d+$/;
  const orNull = variant === "swap" ? <T extends z.ZodMiniType>(s: T) => z.union([s, z.pipe(z.literal(""), z.transform(() => null))]) : <T extends z.ZodMiniType>(s: T) => z.union([z.pipe(z.literal(""), z.transform(() => null)), s]);
  const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "not a date (YYYY-MM-DD)"), z.refine(isCalendarDate, "no such day in the calendar"));
  const origin = z.enum(["KOR", "JPN", "KOR+JPN", "other", "unknown"]);
  schema = z.object({ week: isoDate, chart: text, country: text, category: text, origin, entries: int, slots: z.optional(int), bestRank: orNull(int), titles: optionalText, listSize: int, unknownEntries: int, samples: int });
}
const t1 = performance.now();
let ok = 0; for (const r of rows) if (schema.safeParse(r).success) ok++;
const t2 = performance.now();
console.log(variant, `build ${(t1 - t0).toFixed(1)} validate ${(t2 - t1).toFixed(1)} ms`, ok);
