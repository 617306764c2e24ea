import { z } from "zod/mini";
import { int, isoDate, num, optionalText, orNull, origin, partialDate, text } from "./cells";
import { PERIODS } from "./periods";

const blankOrDate = z.union([z.literal(""), partialDate]);
/** Versions published before periods had their own columns wrote "year" and month ranges; they still read. */
const LEGACY_PERIODS: Record<string, string> = { year: "calendar", "jan-may": "span", "jan-oct": "span", "jan-nov": "span", quarter: "unknown" };
const period = z.pipe(z.transform((v) => (typeof v === "string" ? (LEGACY_PERIODS[v] ?? v) : v)), z.enum(PERIODS));

/**
 * One reported (or computed) figure with its source: trade flows, market size, shares, box office.
 * The ingest checks that a figure's period and dates fit together (see periods.ts); here the columns added
 * since the first versions default to blank so that archived versions still read.
 */
export const observationRowSchema = z.object({
  year: orNull(int),
  period,
  periodStart: z._default(blankOrDate, ""),
  periodEnd: z._default(blankOrDate, ""),
  indicator: text,
  reporter: text,
  partner: optionalText,
  direction: text,
  sector: text,
  measure: text,
  status: z.enum(["final", "estimate", "preliminary"]),
  quality: z._default(z.enum(["", "weak"]), ""),
  value: num,
  unit: text,
  basis: z.enum(["reported", "computed"]),
  note: optionalText,
  sourceId: text,
  sourcePublisher: text,
  sourceTitle: text,
  sourceDate: blankOrDate,
  sourceVia: z._default(optionalText, ""),
  sourceUrl: text,
  quote: optionalText,
});
export type ObservationRow = z.infer<typeof observationRowSchema>;

export const eventRowSchema = z.object({
  date: partialDate,
  endDate: z.union([z.literal(""), partialDate]),
  category: text,
  label: text,
  title: text,
  description: text,
  sourceIds: text,
  sourcePublishers: text,
  sourceUrls: text,
  /** The same in Korean and Japanese; the ingest requires them, versions published before them read as blank. */
  labelKo: z._default(optionalText, ""),
  titleKo: z._default(optionalText, ""),
  descriptionKo: z._default(optionalText, ""),
  labelJa: z._default(optionalText, ""),
  titleJa: z._default(optionalText, ""),
  descriptionJa: z._default(optionalText, ""),
});
export type EventRow = z.infer<typeof eventRowSchema>;

/** Weekly count of titles or songs of one origin in one chart: distinct entries, and the chart positions they held. */
export const crossBorderWeekSchema = z.object({
  week: isoDate,
  chart: text,
  country: text,
  category: text,
  origin: origin,
  entries: int,
  /** Absent from versions published before it was added; pinned links to them still parse. */
  slots: z.optional(int),
  bestRank: orNull(int),
  titles: optionalText,
  listSize: int,
  unknownEntries: int,
  samples: int,
});
export type CrossBorderWeek = z.infer<typeof crossBorderWeekSchema>;

/** A full weekly Netflix country list with each title's origin tag and, where recorded, its Korean and Japanese titles. */
export const netflixListRowSchema = z.object({
  week: isoDate,
  country: z.enum(["JP", "KR"]),
  category: z.enum(["Films", "TV"]),
  rank: int,
  title: text,
  season: optionalText,
  weeksInTop10: int,
  origin: origin,
  /** Absent from versions published before they were added, read as blank. */
  titleKo: z._default(optionalText, ""),
  titleJa: z._default(optionalText, ""),
});
export type NetflixListRow = z.infer<typeof netflixListRowSchema>;

/** A film in a KOBIS box-office list (yearly or all-time). */
export const filmRowSchema = z.object({
  list: text,
  asOf: isoDate,
  rank: int,
  title: text,
  releaseDate: orNull(isoDate),
  nation: text,
  admissions: int,
  salesKrw: orNull(int),
  seoulOnly: z.enum(["yes", "no"]),
});
export type FilmRow = z.infer<typeof filmRowSchema>;

/**
 * One figure of an overview card: a row copied from the dataset behind the card, or computed from its rows (a yearly
 * mean of weekly counts), with the source it rests on.
 */
export const overviewRowSchema = z.object({
  card: text,
  series: text,
  year: int,
  period: z.enum(["calendar", "fiscal", "span"]),
  periodStart: blankOrDate,
  periodEnd: blankOrDate,
  value: num,
  unit: text,
  status: z.enum(["final", "estimate", "preliminary"]),
  quality: z.enum(["", "weak"]),
  basis: z.enum(["reported", "computed"]),
  inputs: orNull(int),
  dataset: text,
  note: optionalText,
  sourceId: text,
  sourcePublisher: text,
  sourceTitle: text,
  sourceDate: blankOrDate,
  sourceVia: optionalText,
  sourceUrl: text,
});
export type OverviewRow = z.infer<typeof overviewRowSchema>;

/** The name of a code used in the data (indicator, sector, unit, measure, …) in English, Korean and Japanese. */
export const labelRowSchema = z.object({ kind: text, key: text, label: text, labelKo: z._default(optionalText, ""), labelJa: z._default(optionalText, "") });
export type LabelRow = z.infer<typeof labelRowSchema>;

export const ROW_SCHEMAS = {
  observation: observationRowSchema,
  event: eventRowSchema,
  crossBorderWeek: crossBorderWeekSchema,
  netflixList: netflixListRowSchema,
  film: filmRowSchema,
  label: labelRowSchema,
  overview: overviewRowSchema,
} as const;
export type RowKind = keyof typeof ROW_SCHEMAS;
