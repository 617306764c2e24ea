import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { LABEL_KINDS, partialDate, text } from "../../src/data/cells";
import { DataError } from "../../src/data/data-error";
import { checkCopies, checkFactLabels, citationSchema, factSchema, type Citation, type Fact } from "./curated-facts";
import { decodeUtf8 } from "./decode";
import { parseSource } from "./parse-source";
import { factRangeProblem } from "./source-cells";
import {
  actTagSchema, checkActTags, checkFlixpatrolMatches, checkTitleTags, flixpatrolMatchSchema, titleTagSchema,
  type ActTag, type FlixpatrolMatch, type TitleTag,
} from "./origin-tags";
import { assertUnique } from "./unique";

export const CURATED_DIR = "data/curated";

const eventSchema = z.object({
  date: partialDate,
  endDate: z.union([z.literal(""), partialDate]),
  category: text,
  label: z.string().min(1).max(28),
  title: text,
  description: text,
  sourceIds: text,
  labelKo: z.string().min(1).max(28),
  titleKo: text,
  descriptionKo: text,
  labelJa: z.string().min(1).max(28),
  titleJa: text,
  descriptionJa: text,
});
const labelSchema = z.object({ kind: z.enum(LABEL_KINDS), key: text, label: text, labelKo: text, labelJa: text });

export type { Citation, Fact };
export type CuratedEvent = z.infer<typeof eventSchema>;
export type { ActTag, FlixpatrolMatch, TitleTag };

export type Curated = {
  facts: Fact[];
  citations: Map<string, Citation>;
  events: CuratedEvent[];
  labels: z.infer<typeof labelSchema>[];
  /** Netflix works by English title: one row, or several where one title names several works. */
  netflixOrigins: Map<string, TitleTag[]>;
  spotifyOrigins: Map<string, ActTag>;
  hot100KoreanActs: Map<string, ActTag>;
  flixpatrolMatches: Map<string, FlixpatrolMatch>;
};

async function load<S extends z.ZodObject<z.ZodRawShape>>(dir: string, name: string, schema: S) {
  const file = join(dir, name);
  const bytes = await readFile(file).catch(() => {
    throw new DataError(file, null, "file not found");
  });
  return { file, rows: parseSource(decodeUtf8(bytes, file), schema, file) };
}

/** Read and cross-check the hand-kept tables: unique keys, and every cited source present. */
export async function loadCurated(dir = CURATED_DIR): Promise<Curated> {
  const facts = await load(dir, "facts.csv", factSchema);
  const citations = await load(dir, "sources.csv", citationSchema);
  const events = await load(dir, "events.csv", eventSchema);
  const labels = await load(dir, "labels.csv", labelSchema);
  const netflix = await load(dir, "netflix-origins.csv", titleTagSchema);
  const spotify = await load(dir, "spotify-origins.csv", actTagSchema);
  const hot100 = await load(dir, "hot100-korean-acts.csv", actTagSchema);
  const flixpatrol = await load(dir, "flixpatrol-matches.csv", flixpatrolMatchSchema);

  assertUnique(citations.rows, (r) => r.sourceId, citations.file, "sourceId");
  assertUnique(events.rows, (r) => `${r.date} ${r.title}`, events.file, "event");
  assertUnique(labels.rows, (r) => `${r.kind} ${r.key}`, labels.file, "label");
  assertUnique(facts.rows, (r) => [r.indicator, r.reporter, r.partner, r.sector, r.year, r.period, r.periodEnd, r.sourceId, r.value].join(" "), facts.file, "fact");
  checkFactLabels(facts.rows, labels.rows, facts.file);
  checkCopies(citations.rows, citations.file);

  const byId = new Map(citations.rows.map((c) => [c.sourceId, c]));
  const checkIds = (ids: string[], file: string, index: number) => {
    const missing = ids.find((id) => !byId.has(id));
    if (missing) throw new DataError(file, index + 2, `unknown sourceId "${missing}" (not in sources.csv)`);
  };
  facts.rows.forEach((r, i) => checkIds([r.sourceId], facts.file, i));
  facts.rows.forEach((r, i) => {
    const problem = factRangeProblem(r);
    if (problem) throw new DataError(facts.file, i + 2, problem);
  });
  events.rows.forEach((r, i) => checkIds(r.sourceIds.split(";"), events.file, i));

  return {
    facts: facts.rows,
    citations: byId,
    events: events.rows,
    labels: labels.rows,
    netflixOrigins: checkTitleTags(netflix.rows, netflix.file),
    spotifyOrigins: checkActTags(spotify.rows, spotify.file),
    hot100KoreanActs: checkActTags(hot100.rows, hot100.file),
    flixpatrolMatches: checkFlixpatrolMatches(flixpatrol.rows, flixpatrol.file),
  };
}
