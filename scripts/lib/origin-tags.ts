import { z } from "zod";
import { optionalText, origin, text } from "../../src/data/cells";
import { DataError } from "../../src/data/data-error";
import { assertUnique } from "./unique";

/**
 * One work in the Netflix lists. Most rows apply to every list row with this title; where one English title names
 * two works, country, category and season narrow a row to one of them (the most specific matching row wins).
 */
export const titleTagSchema = z.object({
  title: text,
  country: z.enum(["", "JP", "KR", "world"]),
  category: z.enum(["", "Films", "TV"]),
  season: optionalText,
  origin,
  basis: text,
  titleKo: optionalText,
  titleKoBasis: optionalText,
  titleJa: optionalText,
  titleJaBasis: optionalText,
});
export const actTagSchema = z.object({ artist: text, origin, basis: text });
/** A FlixPatrol title whose production country, as FlixPatrol's metadata gives it, is corrected or withdrawn. */
export const flixpatrolMatchSchema = z.object({
  country: z.enum(["Japan", "South Korea"]),
  list: z.enum(["Films", "TV"]),
  title: text,
  origin,
  basis: text,
});

export type TitleTag = z.infer<typeof titleTagSchema>;
export type ActTag = z.infer<typeof actTagSchema>;
export type FlixpatrolMatch = z.infer<typeof flixpatrolMatchSchema>;

const NATIVE_ORIGINS = new Set(["KOR", "JPN", "KOR+JPN"]);

export const titleTagKey = (t: Pick<TitleTag, "title" | "country" | "category" | "season">) =>
  [t.title, t.country, t.category, t.season].join("|");

/** Unique works; a native title only on a Korean or Japanese work, and never without its basis. */
export function checkTitleTags(rows: TitleTag[], file: string): Map<string, TitleTag[]> {
  assertUnique(rows, titleTagKey, file, "title, country, category and season");
  rows.forEach((r, i) => {
    const fail = (reason: string) => {
      throw new DataError(file, i + 2, reason);
    };
    if ((r.titleKo || r.titleJa) && !NATIVE_ORIGINS.has(r.origin)) fail(`native title on a title of origin ${r.origin}`);
    if (Boolean(r.titleKo) !== Boolean(r.titleKoBasis)) fail("titleKo and titleKoBasis go together");
    if (Boolean(r.titleJa) !== Boolean(r.titleJaBasis)) fail("titleJa and titleJaBasis go together");
  });
  const byTitle = new Map<string, TitleTag[]>();
  for (const r of rows) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r]);
  return byTitle;
}

/** Acts take one country: the act rule never gives a co-production. */
export function checkActTags(rows: ActTag[], file: string): Map<string, ActTag> {
  assertUnique(rows, (r) => r.artist, file, "artist");
  rows.forEach((r, i) => {
    if (r.origin === "KOR+JPN") throw new DataError(file, i + 2, "an act takes one country (KOR+JPN is for titles)");
  });
  return new Map(rows.map((r) => [r.artist, r]));
}

export function checkFlixpatrolMatches(rows: FlixpatrolMatch[], file: string): Map<string, FlixpatrolMatch> {
  const key = (r: Pick<FlixpatrolMatch, "country" | "list" | "title">) => `${r.country}|${r.list}|${r.title}`;
  assertUnique(rows, key, file, "country, list and title");
  return new Map(rows.map((r) => [key(r), r]));
}
