import type { Source } from "../../src/data/manifest";

/** One raw file of a source: its folder and name in a local snapshot, and its download URL where one exists. */
export type SourceFile = { folder: string; file: string; url: string | null };

const GITHUB_RAW = "https://raw.githubusercontent.com";

export const FILES = {
  netflixCountries: {
    folder: "netflix-top10-jp-kr-2025",
    file: "countries-jp-kr_2021-07-04_2025-09-28.tsv",
    url: "https://www.netflix.com/tudum/top10/data/all-weeks-countries.tsv",
  },
  netflixGlobal: {
    folder: "netflix-top10",
    file: "all-weeks-global.tsv",
    url: "https://www.netflix.com/tudum/top10/data/all-weeks-global.tsv",
  },
  spotifyJapan: {
    folder: "spotify-top50-jp-kr",
    file: "spotify-streaming-top-50-japan.csv",
    url: `${GITHUB_RAW}/anxods/spotify-top-50-songs/5bb4d52a9c5d5e8b7560312ffd579f21f0768802/data/spotify-streaming-top-50-japan.csv`,
  },
  spotifyKorea: {
    folder: "spotify-top50-jp-kr",
    file: "spotify-streaming-top-50-south-korea.csv",
    url: `${GITHUB_RAW}/anxods/spotify-top-50-songs/5bb4d52a9c5d5e8b7560312ffd579f21f0768802/data/spotify-streaming-top-50-south-korea.csv`,
  },
  hot100: { folder: "billboard-japan-hot100", file: "billboard-japan-hot100_weekly_2008-2025.csv", url: null },
  kobisAnnual: {
    folder: "kobis-koreancinema",
    file: "annual_clean.csv",
    url: `${GITHUB_RAW}/realhestia/koreancinema/ee0775a8c4033906e4cb1886de4fbbd657af981c/exploratory-analysis/annual_clean.csv`,
  },
  kobisTop500of2020: {
    folder: "kobis-koreancinema",
    file: "top500_clean.csv",
    url: `${GITHUB_RAW}/realhestia/koreancinema/ee0775a8c4033906e4cb1886de4fbbd657af981c/exploratory-analysis/top500_clean.csv`,
  },
  kobisYearly: { folder: "kobis-boxoffice-2018-2025", file: "kobis_yearly_boxoffice_2018-2022.csv", url: null },
  kobisTop500of2025: { folder: "kobis-boxoffice-2018-2025", file: "kobis_alltime_top500_as_of_2025-06-05.csv", url: null },
  flixpatrol: { folder: "flixpatrol-netflix-daily-jp-kr-2020", file: "flixpatrol-netflix-top10-daily_jp-kr_2020.csv", url: null },
  kosisMusic: {
    folder: "kosis-music-export-by-region",
    file: "music-export-by-region_2005-2024.json",
    url: `${GITHUB_RAW}/parkintaek2-gif/parkintaek2-gif.github.io/d935f4fb299e8685cbe1b9b7ba2637006893da34/src/data/wikitip-music-export.json`,
  },
} satisfies Record<string, SourceFile>;
export type FileKey = keyof typeof FILES;

/** Where the KOSIS music table was read: a copy of a KOSIS API response in a public repository. */
export const KOSIS_MUSIC_COPY = {
  via: "An extract of the KOSIS table in GitHub parkintaek2-gif/parkintaek2-gif.github.io, src/data/wikitip-music-export.json (commit d935f4fb), made from a KOSIS API response that repository does not publish",
  repairs: "Region names translated to English and checksum fields added by that repository; no value changed",
};

const NETFLIX_TERMS =
  "Netflix's public Top 10 files; no open-data licence is stated and Netflix's terms of use apply. Ranks are facts; no endorsement implied.";
const KOBIS_TERMS = "Public-sector statistics that KOFIC offers for free download; KOFIC asks users to cite KOBIS.";

export const SOURCES = {
  netflix: {
    id: "netflix",
    publisher: "Netflix",
    title: "Netflix Top 10: weekly global and country lists",
    url: "https://www.netflix.com/tudum/top10",
    terms: NETFLIX_TERMS,
    attribution: "Source: Netflix Top 10 (netflix.com/tudum/top10)",
    retrieved: "2025-10-04",
    via: "Copies of Netflix's files: the global list from the GitHub mirror dbready/netflix_top10 (commit 620dc512); the Japan and Korea lists from GitHub DoriChoi/v0-ott-ranking-mvp, public/netflix_country.xlsx (commit 96929558), cut to six countries by that repository",
    repairs: "Converted from xlsx to TSV and cut to Japan and South Korea; no value changed",
  },
  spotify: {
    id: "spotify",
    publisher: "Spotify (Top 50 playlists, collected daily by anxods)",
    title: "Top 50 – Japan and Top 50 – South Korea playlists, daily snapshots",
    url: "https://github.com/anxods/spotify-top-50-songs",
    terms: "Spotify Web API data; Spotify's developer terms restrict redistribution, so only weekly aggregates are published here.",
    attribution: "Source: Spotify Top 50 playlists, daily snapshots collected by anxods",
    retrieved: "2024-11-27",
    via: "Daily snapshots collected through the Spotify Web API and published in GitHub anxods/spotify-top-50-songs (commit 5bb4d52a)",
    repairs: "",
  },
  hot100: {
    id: "hot100",
    publisher: "Billboard JAPAN (Hanshin Contents Link)",
    title: "Billboard JAPAN Hot 100, weekly charts 2008–2025",
    url: "https://billboard-japan.com/charts/detail?a=hot100",
    terms: "Chart positions are Billboard JAPAN's; reuse beyond reporting and analysis may need permission. Aggregates only.",
    attribution: "Source: Billboard JAPAN Hot 100 (billboard-japan.com)",
    retrieved: "2026-02-17",
    via: "A scrape of billboard-japan.com published in GitHub yuta1016/Graduation_Research, billboard_charts/ (commit 27e7e463)",
    repairs: "Chart dates repaired by inference for 151 of 924 charts: the scraper filed the first chart of each month under the previous month (150 files moved one month on, one file moved to 2013-12-02); the original file dates are kept in the snapshot",
  },
  kobis2020: {
    id: "kobis2020",
    publisher: "Korean Film Council (KOFIC), KOBIS",
    title: "Yearly Korean and foreign box office 2004–2019; all-time top 500 as of 2020-03-20",
    url: "https://www.kobis.or.kr",
    terms: KOBIS_TERMS,
    attribution: "Source: KOFIC, Korea Box-office Information System (KOBIS)",
    retrieved: "2020-03-20",
    via: "KOBIS downloads of 2020-03-20, cleaned and published in GitHub realhestia/koreancinema, exploratory-analysis/ (commit ee0775a8)",
    repairs: "Column names translated to English by that repository; no value changed",
  },
  kobis2025: {
    id: "kobis2025",
    publisher: "Korean Film Council (KOFIC), KOBIS",
    title: "Yearly box-office lists 2018–2022 (queried 2023-08-10); all-time top 500 as of 2025-06-05",
    url: "https://www.kobis.or.kr",
    terms: KOBIS_TERMS,
    attribution: "Source: KOFIC, Korea Box-office Information System (KOBIS)",
    retrieved: "2025-06-05",
    via: "KOBIS Excel downloads published in GitHub ohjeonsuk/semi_project, data/ (yearly lists, commit 6ab5cfff) and yacheol/31016 (all-time list, commit 875f1dbf)",
    repairs: "Converted from Excel to CSV; the total row of each yearly list dropped (the rows add up to it exactly)",
  },
  flixpatrol: {
    id: "flixpatrol",
    publisher: "FlixPatrol (via the NTU data-journalism study group)",
    title: "Daily Netflix Top 10 rankings in Japan and South Korea, 2020",
    url: "https://flixpatrol.com/top10/netflix/",
    terms: "FlixPatrol's terms restrict reuse; research material, published here as aggregates only.",
    attribution: "Source: FlixPatrol (flixpatrol.com), via NTU DJ Study Group",
    retrieved: "2021-08-17",
    via: "A scrape of flixpatrol.com published in GitHub Dennishi0925/DJ-Study-Group, 2021-08-26_meeting03/ (commit 99e72ca6)",
    repairs: "The Films/TV list of each row recovered from the order of the scraped blocks, not read from a column",
  },
} satisfies Record<string, Source>;
