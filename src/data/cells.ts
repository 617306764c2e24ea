import { z } from "zod/mini";
import { isCalendarDate } from "../lib/calendar-date";

/** Cell parsers: every CSV cell arrives as a string; a blank cell is never silently 0. */
export const text = z.string().check(z.minLength(1, "empty cell"));
export const optionalText = z.string();
export const int = z.pipe(z.string().check(z.regex(/^-?\d+$/, "not a whole number")), z.transform(Number));
export const num = z.pipe(z.string().check(z.regex(/^-?\d+(\.\d+)?$/, "not a number")), z.transform(Number));
export const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "not a date (YYYY-MM-DD)"), z.refine(isCalendarDate, "no such day in the calendar"));
/** A year, month or day: the precision the source gives. */
export const partialDate = z
  .string()
  .check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    z.refine(isCalendarDate, "no such month or day in the calendar"),
  );

export const orNull = <T extends z.ZodMiniType>(schema: T) =>
  z.union([z.pipe(z.literal(""), z.transform(() => null)), schema]);

/** KOR+JPN: a Korea–Japan co-production (joint planning and financing, not a remake or a licence). */
export const ORIGINS = ["KOR", "JPN", "KOR+JPN", "other", "unknown"] as const;
export const origin = z.enum(ORIGINS);
export type Origin = z.infer<typeof origin>;

/** What a labelled code names; labels.csv gives each one in English, Korean and Japanese. */
export const LABEL_KINDS = ["area", "basis", "category", "country", "direction", "indicator", "list", "measure", "origin", "sector", "status", "unit"] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];
