import fc from "fast-check";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../src/lib/calendar-date";
import { DEFAULT_VIEW, parseView, serializeView, viewSchema, type View } from "../../src/state/url-codec";

const NAMES = Object.keys(viewSchema.shape) as (keyof View)[];

/** The schema without its fallbacks: what a valid state is. */
const strictView = z
  .object(Object.fromEntries(NAMES.map((name) => [name, viewSchema.shape[name].def.innerType])) as z.ZodRawShape)
  .strict()
  .refine((v) => (v.from as number) <= (v.to as number), "from after to")
  .refine((v) => v.week === undefined || isCalendarDate(v.week as string), "week is not a day");

/** Values a parameter may take, real ones and near misses. */
const value = fc.oneof(
  fc.constantFrom("trade", "charts", "netflix", "hot100", "JP", "KR", "TV", "Films", "both", "KOR-JPN", "0", "1", "music", "all_DCAJ", "deadbeef"),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2099-01-01", "2023-02-30", "2021-07-32", "2008-13-45", "0000-00-00", "1e3", "-1", "", " ", "%", "%zz", "<script>", "__proto__"),
  fc.string({ maxLength: 140 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
const name = fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom("__proto__", "constructor", "toString", "week[]", "Week"), fc.string({ maxLength: 8 }));

/** A query string: parameters written by URLSearchParams, or raw text pasted into the address bar. */
const query = fc.oneof(
  fc.array(fc.tuple(name, value), { maxLength: 12 }).map((pairs) => `?${new URLSearchParams(pairs)}`),
  fc.array(fc.tuple(name, value), { maxLength: 12 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`),
  fc.string({ maxLength: 200 }),
);

describe("parseView on any query string", () => {
  it("gives a valid state without throwing, and state → URL → state is stable", () => {
    fc.assert(
      fc.property(query, (search) => {
        const view = parseView(search);
        expect(strictView.safeParse(view).success).toBe(true);
        const url = serializeView(view);
        expect(parseView(url)).toEqual(view);
        expect(serializeView(parseView(url))).toBe(url);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it("drops a week outside the dashboard's years or the calendar, like every other invalid value", () => {
    for (const week of ["2099-01-01", "2023-02-30", "2021-07-32", "2008-13-45"]) {
      expect(parseView(`?view=charts&week=${week}`)).toEqual({ ...DEFAULT_VIEW, view: "charts" });
    }
    expect(parseView("?view=charts&week=2024-02-29").week).toBe("2024-02-29");
  });
});
