/** One malformed input: the file it breaks (under the sources folder, or curated/), how, and where the ingest must say it is wrong. */
export type BadInput = {
  name: string;
  file: string;
  edit: (text: string) => string | Uint8Array;
  line: number | null;
  /** The column the message names, where the fault sits in one column. */
  column?: string;
  reason: RegExp;
};

const SPOTIFY = "spotify-top50-jp-kr/spotify-streaming-top-50-japan.csv";
const NETFLIX = "netflix-top10-jp-kr-2025/countries-jp-kr_2021-07-04_2025-09-28.tsv";
const GLOBAL = "netflix-top10/all-weeks-global.tsv";
const YEARLY = "kobis-boxoffice-2018-2025/kobis_yearly_boxoffice_2018-2022.csv";
const TOP500 = "kobis-boxoffice-2018-2025/kobis_alltime_top500_as_of_2025-06-05.csv";
const ANNUAL = "kobis-koreancinema/annual_clean.csv";
const HOT100 = "billboard-japan-hot100/billboard-japan-hot100_weekly_2008-2025.csv";
const FLIXPATROL = "flixpatrol-netflix-daily-jp-kr-2020/flixpatrol-netflix-top10-daily_jp-kr_2020.csv";

const YEARLY_ROW = "2021,1,영화 가,2021-07-28,600,0.6,60,900,100,";
const yearlyRow = (row: string) => (t: string) => t.replace(YEARLY_ROW, row);
const lines = (t: string) => t.trimEnd().split("\n");

/** Bytes of text with some characters in another encoding, from where `marker` starts. */
function reencode(text: string, marker: string, bytes: number[]): Uint8Array {
  const [head, ...rest] = text.split(marker);
  return Buffer.concat([Buffer.from(head), Uint8Array.from(bytes), Buffer.from(rest.join(marker))]);
}

export const BAD_INPUTS: BadInput[] = [
  // Layout
  { name: "a comma file split by semicolons (wrong delimiter)", file: SPOTIFY, edit: (t) => t.replaceAll(",", ";"), line: 1, reason: /the header is split by semicolons, not commas: wrong delimiter/ },
  { name: "a tab file split by commas (wrong delimiter)", file: NETFLIX, edit: (t) => t.replaceAll("\t", ","), line: 1, reason: /the header is split by commas, not tabs/ },
  { name: "a truncated last line", file: SPOTIFY, edit: (t) => t.slice(0, t.indexOf("Unknown Song") + 12), line: 7, column: "artist", reason: /is missing: the line has 3 of the header's 11 fields \(cut short\?\)/ },
  { name: "a file cut off inside a quoted cell", file: SPOTIFY, edit: (t) => `${t}2023-07-04,1,"Unfinis`, line: 8, reason: /a quoted cell starting on this line is never closed/ },
  { name: "a quoted cell holding a line break", file: SPOTIFY, edit: (t) => t.replace("2023-06-27,12,OMG,", '2023-06-27,12,"OM\nG",'), line: 5, column: "song", reason: /the cell holds a line break/ },
  { name: "a blank line inside the table", file: SPOTIFY, edit: (t) => lines(t).toSpliced(3, 0, "").join("\n"), line: 4, reason: /blank line inside the table/ },
  { name: "a blank first line", file: SPOTIFY, edit: (t) => `\n${t}`, line: 1, reason: /line 1 is blank; the header must be the first line/ },
  { name: "a column named twice in the header", file: HOT100, edit: (t) => t.replace("file_date", "rank"), line: 1, column: "rank", reason: /appears twice in the header/ },
  { name: "a missing column", file: SPOTIFY, edit: (t) => t.replace("position,", "pos,"), line: 1, column: "position", reason: /missing column "position"/ },
  // Encoding
  { name: "a byte-order mark", file: SPOTIFY, edit: (t) => `\uFEFF${t}`, line: 1, reason: /the file starts with a byte-order mark/ },
  { name: "EUC-KR bytes, at the line where they start", file: YEARLY, edit: (t) => reencode(t, "영화 나", [0xc7, 0xd1, 0xb1, 0xb9]), line: 3, reason: /not valid UTF-8/ },
  { name: "Shift_JIS bytes, at the line where they start", file: HOT100, edit: (t) => reencode(t, "ミスター", [0x93, 0xfa, 0x96, 0x7b]), line: 4, reason: /not valid UTF-8/ },
  // Numbers
  { name: "a number with thousands separators, quoted", file: YEARLY, edit: yearlyRow('2021,1,영화 가,2021-07-28,"1,600",0.6,60,900,100,'), line: 2, column: "sales_krw", reason: /not a whole number \(got "1,600"\)/ },
  { name: "a number with thousands separators, unquoted", file: YEARLY, edit: yearlyRow("2021,1,영화 가,2021-07-28,1,600,0.6,60,900,100,"), line: 2, reason: /the line has 13 fields, the header 12 \(a "," inside an unquoted value, such as a thousands separator\?\)/ },
  { name: "a number with thousands separators in a tab file", file: GLOBAL, edit: (t) => t.replace("\t124460000\t", "\t124,460,000\t"), line: 2, column: "weekly_hours_viewed", reason: /not a whole number \(got "124,460,000"\)/ },
  { name: "a word for a number", file: SPOTIFY, edit: (t) => t.replace("2023-06-27,12,OMG", "2023-06-27,twelve,OMG"), line: 5, column: "position", reason: /not a whole number \(got "twelve"\)/ },
  { name: "negative admissions in a yearly list", file: YEARLY, edit: yearlyRow("2021,1,영화 가,2021-07-28,600,0.6,-60,900,100,"), line: 2, column: "audience", reason: /a count cannot be negative \(got "-60"\)/ },
  { name: "negative sales in the all-time list", file: TOP500, edit: (t) => t.replace(",135748398910,", ",-135748398910,"), line: 2, column: "sales_krw", reason: /a count cannot be negative/ },
  { name: "a KOBIS share over 100%", file: ANNUAL, edit: (t) => t.replace(",0.545,", ",1.545,"), line: 2, column: "kr_market_share", reason: /not a share between 0 and 1 \(got "1.545"\)/ },
  { name: "a cited share over 100", file: "curated/facts.csv", edit: (t) => t.replace(",15.4,percent", ",115.4,percent"), line: 10, column: "value", reason: /a share must be from 0 to 100 \(got "115.4"\)/ },
  { name: "a negative cited export value", file: "curated/facts.csv", edit: (t) => t.replace(",277.29,", ",-277.29,"), line: 2, column: "value", reason: /export_value cannot be negative/ },
  { name: "Korean plus foreign admissions not making the total", file: ANNUAL, edit: (t) => t.replace(",69254626", ",69254627"), line: 2, column: "total_audience", reason: /69254627 is not kr_audience \+ ovs_audience \(37741433 \+ 31513193\)/ },
  { name: "a rank of 0 in a Netflix top 10", file: NETFLIX, edit: (t) => t.replace("Films\t1\tSuzume", "Films\t0\tSuzume"), line: 2, column: "weekly_rank", reason: /not a rank from 1 to 10 \(got "0"\)/ },
  { name: "a rank of 11 in a FlixPatrol top 10", file: FLIXPATROL, edit: (t) => t.replace("Films,8,", "Films,11,"), line: 6, column: "rank", reason: /not a rank from 1 to 10/ },
  { name: "a position of 51 in Spotify's Top 50", file: SPOTIFY, edit: (t) => t.replace("2023-06-27,12,OMG", "2023-06-27,51,OMG"), line: 5, column: "position", reason: /not a rank from 1 to 50/ },
  { name: "a year far outside the data", file: YEARLY, edit: yearlyRow("1021,1,영화 가,2021-07-28,600,0.6,60,900,100,"), line: 2, column: "year", reason: /not a year from 1900 to 2100/ },
  // Dates
  { name: "a date in another format", file: NETFLIX, edit: (t) => t.replace("Japan\tJP\t2023-03-19\tFilms", "Japan\tJP\t19/03/2023\tFilms"), line: 7, column: "week", reason: /not a date \(YYYY-MM-DD\)/ },
  { name: "the impossible date 2008-13-45", file: HOT100, edit: (t) => t.replace("2010-02-08,1,", "2008-13-45,1,"), line: 2, column: "chart_date", reason: /no such day in the calendar \(got "2008-13-45"\)/ },
  { name: "the impossible date 2023-02-30", file: NETFLIX, edit: (t) => t.replace("Japan\tJP\t2023-03-19\tFilms", "Japan\tJP\t2023-02-30\tFilms"), line: 7, column: "week", reason: /no such day in the calendar \(got "2023-02-30"\)/ },
  { name: "the impossible date 2021-07-32", file: YEARLY, edit: yearlyRow("2021,1,영화 가,2021-07-32,600,0.6,60,900,100,"), line: 2, column: "release_date", reason: /no such day in the calendar \(got "2021-07-32"\)/ },
  { name: "29 February of a year that is not a leap year", file: "curated/events.csv", edit: (t) => t.replace("1998-10-08", "1999-02-29"), line: 2, column: "date", reason: /no such month or day in the calendar/ },
  { name: "the impossible month 2018-13 in a source's date", file: "curated/sources.csv", edit: (t) => t.replace(",2018-11,", ",2018-13,"), line: 3, column: "date", reason: /no such month or day in the calendar \(got "2018-13"\)/ },
  // Keys
  { name: "a duplicated row in KOBIS's yearly list", file: YEARLY, edit: (t) => `${t}${lines(t)[2]}\n`, line: 6, reason: /duplicate row \(year 2021, rank 2, 영화 나, released 2021-01-27, KRW 300, 30 admissions, 800 screens, 90 showings\), first seen on line 3/ },
  { name: "a duplicated year in KOBIS's yearly totals", file: ANNUAL, edit: (t) => `${t}${lines(t)[1].replace('"1"', '"2"')}\n`, line: 3, reason: /duplicate year \(2004\), first seen on line 2/ },
  { name: "two songs at one rank of one Hot 100 chart", file: HOT100, edit: (t) => t.replace("2010-02-08,2,", "2010-02-08,1,"), line: 3, reason: /duplicate chart date and rank \(2010-02-08 1\), first seen on line 2/ },
  { name: "a duplicated date and position in a Spotify list", file: SPOTIFY, edit: (t) => t.replace("2023-06-27,20,Ditto", "2023-06-27,12,Ditto"), line: 6, reason: /duplicate date and position \(2023-06-27 12\), first seen on line 5/ },
  { name: "a fact citing a source that is not in the source table", file: "curated/facts.csv", edit: (t) => t.replace(",src_b,9 times", ",src_zz,9 times"), line: 7, reason: /unknown sourceId "src_zz"/ },
];
