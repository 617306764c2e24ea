import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { origin, partialDate, text } from "../../src/data/cells";
import { DataError } from "../../src/data/data-error";
import { parseCsv } from "../../src/data/parse-csv";
import { checkCopies, checkFactLabels, citationSchema, factSchema, type Citation, type Fact } from "./curated-facts";
import { decodeUtf8 } from "./decode";
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
});
const labelSchema = z.object({ kind: z.enum(["indicator", "sector", "unit", "area", "category"]), key: text, label: text });
const titleTagSchema = z.object({ title: text, origin, basis: text });
const actTagSchema = z.object({ artist: text, origin, basis: text });

export type { Citation, Fact };
export type CuratedEvent = z.infer<typeof eventSchema>;
export type TitleTag = z.infer<typeof titleTagSchema>;
export type ActTag = z.infer<typeof actTagSchema>;

export type Curated = {
  facts: Fact[];
  citations: Map<string, Citation>;
  events: CuratedEvent[];
  labels: z.infer<typeof labelSchema>[];
  netflixOrigins: Map<string, TitleTag>;
  spotifyOrigins: Map<string, ActTag>;
  hot100KoreanActs: Map<string, ActTag>;
};

async function load<S extends z.ZodObject<z.ZodRawShape>>(dir: string, name: string, schema: S) {
  const file = join(dir, name);
  const bytes = await readFile(file).catch(() => {
    throw new DataError(file, null, "file not found");
  });
  return { file, rows: parseCsv(decodeUtf8(bytes, file), schema, file) };
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

  assertUnique(citations.rows, (r) => r.sourceId, citations.file, "sourceId");
  assertUnique(events.rows, (r) => `${r.date} ${r.title}`, events.file, "event");
  assertUnique(labels.rows, (r) => `${r.kind} ${r.key}`, labels.file, "label");
  assertUnique(netflix.rows, (r) => r.title, netflix.file, "title");
  assertUnique(spotify.rows, (r) => r.artist, spotify.file, "artist");
  assertUnique(hot100.rows, (r) => r.artist, hot100.file, "artist");
  assertUnique(facts.rows, (r) => [r.indicator, r.reporter, r.partner, r.sector, r.year, r.period, r.periodEnd, r.sourceId, r.value].join(" "), facts.file, "fact");
  checkFactLabels(facts.rows, labels.rows, facts.file);
  checkCopies(citations.rows, citations.file);

  const byId = new Map(citations.rows.map((c) => [c.sourceId, c]));
  const checkIds = (ids: string[], file: string, index: number) => {
    const missing = ids.find((id) => !byId.has(id));
    if (missing) throw new DataError(file, index + 2, `unknown sourceId "${missing}" (not in sources.csv)`);
  };
  facts.rows.forEach((r, i) => checkIds([r.sourceId], facts.file, i));
  events.rows.forEach((r, i) => checkIds(r.sourceIds.split(";"), events.file, i));
  hot100.rows.forEach((r, i) => {
    if (r.origin !== "KOR") throw new DataError(hot100.file, i + 2, "every act in this table must be tagged KOR");
  });

  return {
    facts: facts.rows,
    citations: byId,
    events: events.rows,
    labels: labels.rows,
    netflixOrigins: new Map(netflix.rows.map((r) => [r.title, r])),
    spotifyOrigins: new Map(spotify.rows.map((r) => [r.artist, r])),
    hot100KoreanActs: new Map(hot100.rows.map((r) => [r.artist, r])),
  };
}
