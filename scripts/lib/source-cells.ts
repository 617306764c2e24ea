import { z } from "zod";
import { int, num } from "../../src/data/cells";

/** Cells of source tables with the range their meaning allows. */
export const count = int.check(z.refine((n) => n >= 0, "a count cannot be negative"));
export const atLeastOne = int.check(z.refine((n) => n >= 1, "must be 1 or more"));
export const rank = (max = Infinity) =>
  int.check(z.refine((n) => n >= 1 && n <= max, max === Infinity ? "a rank starts at 1" : `not a rank from 1 to ${max}`));
export const fraction = num.check(z.refine((n) => n >= 0 && n <= 1, "not a share between 0 and 1"));
export const year = int.check(z.refine((n) => n >= 1900 && n <= 2100, "not a year from 1900 to 2100"));

/** Only these figures can fall below zero. */
const SIGNED = /balance|growth|change/;

/** Why a cited figure is out of the range its indicator and unit allow, or null. */
export function factRangeProblem(fact: { indicator: string; unit: string; value: number; year: number | null }): string | null {
  if (fact.year !== null && (fact.year < 1900 || fact.year > 2100)) return `column "year": not a year from 1900 to 2100 (got "${fact.year}")`;
  const got = `(got "${fact.value}")`;
  if (fact.indicator.includes("share") && (fact.value < 0 || fact.value > 100)) return `column "value": a share must be from 0 to 100 ${got}`;
  if (fact.unit === "rank" && !(Number.isInteger(fact.value) && fact.value >= 1)) return `column "value": a rank is a whole number from 1 ${got}`;
  if (fact.value < 0 && !SIGNED.test(fact.indicator)) return `column "value": ${fact.indicator} cannot be negative ${got}`;
  return null;
}
