import { z } from "zod";
import { isoDate, text } from "../src/data/cells";
import { aggregateWeeks, countOrigins, mondayOf, type ChartEntry } from "./lib/cross-border";
import { input, type DatasetSpec } from "./lib/dataset";
import { parseSource } from "./lib/parse-source";
import { rank } from "./lib/source-cells";
import { assertUnique } from "./lib/unique";
import { ACT_ORIGIN_RULE } from "./lib/origin-rules";
import { SOURCES } from "./lib/sources";

const playlistRowSchema = z.object({
  date: isoDate,
  position: rank(50),
  song: text,
  artist: text,
});

export function playlistEntries(text: string, file: string, country: "JP" | "KR", originOf: (artist: string) => ChartEntry["origin"]) {
  const rows = parseSource(text, playlistRowSchema, file);
  assertUnique(rows, (r) => `${r.date} ${r.position}`, file, "date and position");
  return rows.map((r): ChartEntry & { artist: string } => ({
    week: mondayOf(r.date), sample: r.date, country, category: "Top 50", rank: r.position,
    label: `${r.song} – ${r.artist}`, origin: originOf(r.artist), artist: r.artist,
  }));
}

export const spotifyWeekly: DatasetSpec = {
  id: "spotify-weekly",
  kind: "crossBorderWeek",
  title: "Korean acts in Spotify's Top 50 Japan, Japanese acts in Top 50 South Korea",
  description:
    "Week by week, May 2023 to November 2024: how many distinct songs by Korean acts were in Spotify's Top 50 – Japan playlist and by Japanese acts in Top 50 – South Korea, the playlist positions they held over the week's days, their best position and which songs, from daily snapshots.",
  notes: [
    "Aggregated from daily snapshots of the playlists (Monday–Sunday weeks); samples gives the days collected in each week. The daily table itself is not republished.",
    "entries counts distinct songs: a song in the playlist on all seven days of a week counts once; slots counts it seven times (positions held, summed over the days).",
    "A song counts by its lead (first-credited) act's origin, from the project's reviewed tag table.",
    ACT_ORIGIN_RULE,
    "Spotify's share of streaming in Japan and Korea is small: an indicator, not a national chart.",
  ],
  files: ["spotifyJapan", "spotifyKorea"],
  periodColumn: "week",
  build: (inputs) => {
    const tags = inputs.curated.spotifyOrigins;
    const originOf = (artist: string) => tags.get(artist)?.origin ?? "untagged";
    const japan = input(inputs, "spotifyJapan");
    const korea = input(inputs, "spotifyKorea");
    const entries = [
      ...playlistEntries(japan.text, japan.file, "JP", originOf),
      ...playlistEntries(korea.text, korea.file, "KR", originOf),
    ];
    const rows = aggregateWeeks(entries, "Spotify Top 50", (country) => (country === "JP" ? ["KOR"] : ["JPN"]));
    return { rows, sources: [SOURCES.spotify], origins: countOrigins(entries.map((e) => ({ key: e.artist, origin: e.origin }))) };
  },
};
