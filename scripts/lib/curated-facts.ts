import { z } from "zod";
import { int, num, optionalText, orNull, partialDate, text } from "../../src/data/cells";
import { DataError } from "../../src/data/data-error";
import { PERIODS, periodProblem } from "../../src/data/periods";

const blankOrDate = z.union([z.literal(""), partialDate]);
/** The old convention put the period in the indicator's name; it now has columns of its own. */
const PERIOD_SUFFIX = /_(h1|h2|q[1-4]|quarter|jan_[a-z]+|to_date|snapshot)$/;

export const factSchema = z
  .object({
    indicator: text.check(z.regex(/^[A-Za-z0-9_]+$/, "not an indicator code (letters, digits and _)")),
    reporter: text,
    partner: optionalText,
    sector: text,
    year: orNull(int),
    period: z.enum(PERIODS),
    periodStart: blankOrDate,
    periodEnd: blankOrDate,
    value: num,
    unit: text,
    measure: optionalText,
    status: z.enum(["final", "estimate", "preliminary"]),
    quality: z.enum(["", "weak"]),
    note: optionalText,
    sourceId: text,
    quote: text,
  })
  .superRefine((fact, ctx) => {
    const problem = periodProblem(fact);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.column], message: problem.message });
    if (PERIOD_SUFFIX.test(fact.indicator)) {
      ctx.addIssue({ code: "custom", path: ["indicator"], message: "the period belongs in the period column, not in the indicator" });
    }
    if (fact.quality === "weak" && fact.note === "") {
      ctx.addIssue({ code: "custom", path: ["note"], message: "a weak figure needs a note saying why" });
    }
  });

export const citationSchema = z.object({
  sourceId: text,
  publisher: text,
  title: text,
  date: blankOrDate,
  dateNote: optionalText,
  url: z.url(),
  language: z.enum(["en", "ko", "ja"]),
  /** Where the publication was read when that was a copy (portal, archive, mirror, repost); blank otherwise. */
  via: optionalText,
  /** What had to be repaired in that copy to read the figures; blank when nothing was. */
  repairs: optionalText,
  /** The sourceId of the release this publication restates, when it is a copy of one. */
  copyOf: optionalText,
});

export type Fact = z.infer<typeof factSchema>;
export type Citation = z.infer<typeof citationSchema>;
type LabelKey = { kind: string; key: string };

/** Every code a fact uses must have a label, so that nothing reaches the reader as a raw code. */
export function checkFactLabels(facts: Fact[], labels: LabelKey[], file: string): void {
  const known = new Set(labels.map((l) => `${l.kind} ${l.key}`));
  facts.forEach((fact, index) => {
    const codes: [string, string][] = [
      ["indicator", fact.indicator], ["sector", fact.sector], ["unit", fact.unit], ["area", fact.reporter], ["area", fact.partner], ["measure", fact.measure],
    ];
    const missing = codes.find(([kind, key]) => key !== "" && !known.has(`${kind} ${key}`));
    if (missing) throw new DataError(file, index + 2, `${missing[0]} "${missing[1]}" has no label in labels.csv`);
  });
}

/** A copy must name a release that is itself in the source table, and not another copy. */
export function checkCopies(citations: Citation[], file: string): void {
  const byId = new Map(citations.map((c) => [c.sourceId, c]));
  citations.forEach((c, index) => {
    if (c.copyOf === "") return;
    const original = byId.get(c.copyOf);
    if (!original) throw new DataError(file, index + 2, `copyOf "${c.copyOf}" is not in sources.csv`);
    if (original.copyOf !== "") throw new DataError(file, index + 2, `copyOf "${c.copyOf}" is itself a copy; name the original`);
  });
}
