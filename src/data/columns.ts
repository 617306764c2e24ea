import type { Column } from "./manifest";
import type { RowKind } from "./schemas";

type ColumnInfo = Omit<Column, "name">;
const c = (type: Column["type"], description: string, unit = ""): ColumnInfo => ({ type, unit, description });

const SOURCE_COLUMNS = {
  sourceId: c("string", "Key of the source in the project's source table"),
  sourcePublisher: c("string", "Who published the figure"),
  sourceTitle: c("string", "Title of the publication (in its own language)"),
  sourceDate: c("date", "Publication date (year, month or day, as known)"),
  sourceVia: c("string", "Where the publication was read when that was a copy (portal, archive, mirror, repost); blank when read at the publisher"),
  sourceUrl: c("string", "Where the figure was read"),
};

/** Column descriptions per row kind; the CSV header is the key, equal to the TypeScript field. */
export const COLUMNS: Record<RowKind, Record<string, ColumnInfo>> = {
  observation: {
    year: c("integer", "Year the figure refers to (for a running total, the year the count began, e.g. a film's release); blank when the source does not say"),
    period: c("string", "Span covered: calendar or fiscal (a full year; Japan's fiscal year runs April to March), h1/h2, q1–q4, span (periodStart to periodEnd), to-date (a running total up to periodEnd), snapshot (a count at periodEnd) or unknown. Only calendar and fiscal figures are drawn on a yearly axis"),
    periodStart: c("date", "First month or day of a span; blank for other periods"),
    periodEnd: c("date", "Last month or day a span, running total or snapshot covers; where the source gives no date, the publication date (an upper bound, as the note says); blank for other periods"),
    indicator: c("string", "What is measured (e.g. export_value, market_size, box_office_share_admissions)"),
    reporter: c("string", "ISO3 code of the reporting economy or, for market figures, the market"),
    partner: c("string", "ISO3 code of the counterpart or, for market figures, the origin of the content; WLD = all, ASIA = Asia, ASIA_other = Asia other than Korea (Japan MIC's regions)"),
    direction: c("string", "Flow direction (KOR-JPN = Korea to Japan), or 'within' for a market figure"),
    sector: c("string", "Content sector as the source reports it"),
    measure: c("string", "The statistic the figure belongs to; figures of different measures are never joined"),
    status: c("string", "final, preliminary or estimate, as the source presents it"),
    quality: c("string", "weak when the figure rests on a page of doubtful standing (a blog or forum repost, a wiki, a machine digest, a garbled or self-contradicting page); the note says why. Blank otherwise"),
    value: c("number", "The figure", "see unit"),
    unit: c("string", "Unit and currency of value"),
    basis: c("string", "reported (stated by the source) or computed (here, from reported figures of the same source)"),
    note: c("string", "Caveats for this figure, including when its source restates another publication"),
    ...SOURCE_COLUMNS,
    quote: c("string", "The phrase in the source that states the figure"),
  },
  event: {
    date: c("date", "Start date (year, month or day, as known)"),
    endDate: c("date", "End date of a period; blank for a single-day event"),
    category: c("string", "Kind of event"),
    label: c("string", "Short label drawn on charts"),
    title: c("string", "Short title"),
    description: c("string", "What happened"),
    sourceIds: c("string", "Keys of the sources, separated by ;"),
    sourcePublishers: c("string", "Publishers of the sources, separated by ;"),
    sourceUrls: c("string", "URLs of the sources, separated by space"),
  },
  crossBorderWeek: {
    week: c("date", "Chart week: the week-ending Sunday (Netflix), the Monday starting the week (Spotify) or the chart date (Billboard JAPAN)"),
    chart: c("string", "Which chart"),
    country: c("string", "ISO2 code of the chart's country, or world for a global list"),
    category: c("string", "List within the chart (Films, TV, Songs, …)"),
    origin: c("string", "Origin counted: KOR (Korean), JPN (Japanese) or KOR+JPN (Korea–Japan co-production, counted on its own rows and never in KOR or JPN)"),
    entries: c("integer", "Distinct titles (or songs) of that origin in the list that week, each counted once however many positions it held: a series with five seasons listed counts 1", "titles or songs"),
    slots: c("integer", "Chart positions held by titles (or songs) of that origin that week, summed over the week's snapshots: that series counts 5; a song listed on 7 days of a daily list counts 7", "positions"),
    bestRank: c("integer", "Best rank reached by an entry of that origin; blank when none", "rank"),
    titles: c("string", "The titles or songs, each with its best rank, separated by ;"),
    listSize: c("integer", "Distinct titles (or songs) in the whole list that week", "titles or songs"),
    unknownEntries: c("integer", "Distinct titles (or songs) whose origin is unknown that week: the count is a lower bound by this much", "titles or songs"),
    samples: c("integer", "Snapshots of the chart in the week (1 for a weekly chart; days collected for a daily one)", "snapshots"),
  },
  netflixList: {
    week: c("date", "Week-ending Sunday"),
    country: c("string", "JP (Japan) or KR (South Korea)"),
    category: c("string", "Films or TV"),
    rank: c("integer", "Rank in the country's list", "rank"),
    title: c("string", "Title as Netflix lists it"),
    season: c("string", "Season as Netflix lists it; blank for films"),
    weeksInTop10: c("integer", "Weeks the title has been in this country's top 10", "weeks"),
    origin: c("string", "Production origin from the project's reviewed tag table: KOR, JPN, KOR+JPN (Korea–Japan co-production), other or unknown"),
    titleKo: c("string", "Korean title of a Korean or Japanese title, from the project's tag table; blank when not recorded with certainty"),
    titleJa: c("string", "Japanese title of a Korean or Japanese title, from the project's tag table; blank when not recorded with certainty"),
  },
  label: {
    kind: c("string", "What the code is: indicator, sector, unit, area (a reporter or partner) or category"),
    key: c("string", "The code as it appears in the data"),
    label: c("string", "Its plain-English label"),
  },
  overview: {
    card: c("string", "Which overview card the figure belongs to"),
    series: c("string", "Which series of the card: the statistic (measure) of a copied figure, or the weekly list a mean is computed from"),
    year: c("integer", "Year the figure refers to; for a mean of weekly counts, the year the weeks end in (Netflix) or the charts are dated in (Billboard JAPAN)"),
    period: c("string", "calendar or fiscal (a full year), or span: only part of the year, from periodStart to periodEnd (the first and last week of the data in that year)"),
    periodStart: c("date", "First week of a span, as the dataset behind it dates its weeks; blank for a full year"),
    periodEnd: c("date", "Last week of a span, as the dataset behind it dates its weeks; blank for a full year"),
    value: c("number", "The figure", "see unit"),
    unit: c("string", "Unit of value; titles_per_list and songs_per_chart are means per weekly list or chart"),
    status: c("string", "final, preliminary or estimate, as the source presents it"),
    quality: c("string", "weak when the figure rests on a page of doubtful standing; the note says why. Blank otherwise"),
    basis: c("string", "reported (as its source states it) or computed (from reported figures of one source, by the dataset behind the card or here from that dataset's rows; the note says how)"),
    inputs: c("integer", "For a figure computed here: how many rows of the dataset behind it (weekly lists or charts) it rests on. Blank for a figure copied from that dataset", "rows"),
    dataset: c("string", "The dataset the figure is read or computed from"),
    note: c("string", "Caveats for this figure and, for a computed one, the computation"),
    ...SOURCE_COLUMNS,
    sourceDate: c("date", "Publication date (year, month or day, as known); for a chart that is updated every week, the day its copy was read"),
  },
  film: {
    list: c("string", "Which KOBIS list the row comes from"),
    asOf: c("date", "Date the list was queried"),
    rank: c("integer", "Rank in that list by admissions", "rank"),
    title: c("string", "Korean release title"),
    releaseDate: c("date", "Release date in Korea"),
    nation: c("string", "Representative nationality (KOBIS), in English"),
    admissions: c("integer", "Admissions in Korea (in the year, or cumulative for all-time lists)", "persons"),
    salesKrw: c("integer", "Box-office sales; blank where KOBIS gives 0 for old films", "KRW"),
    seoulOnly: c("string", "yes when KOBIS counts Seoul only (films before the integrated network)"),
  },
};

export function columnsOf(kind: RowKind): Column[] {
  return Object.entries(COLUMNS[kind]).map(([name, info]) => ({ name, ...info }));
}
