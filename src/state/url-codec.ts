import { z } from "zod/mini";
import { LANGUAGES, toLanguage } from "../i18n/languages";
import { isCalendarDate } from "../lib/calendar-date";
import { normalizeWindows } from "./compare-params";

export const VIEWS = ["overview", "trade", "market", "share", "charts", "coverage"] as const;
export const CHARTS = ["netflix", "global", "spotify", "hot100", "boxoffice", "flixpatrol"] as const;
/** The lists a rankings chart can show: Japan's or Korea's. */
export const COUNTRIES = ["JP", "KR"] as const;
/** The rankings charts that have a list per country; the others have one list. */
export const COUNTRY_CHARTS: readonly (typeof CHARTS)[number][] = ["netflix", "spotify", "flixpatrol"];
export const FIRST_YEAR = 1998;
export const LAST_YEAR = 2026;

const year = (fallback: number) => z.catch(z.coerce.number().check(z.int(), z.minimum(FIRST_YEAR), z.maximum(LAST_YEAR)), fallback);
const isoDate = z.catch(
  z.optional(
    z
      .string()
      .check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/),
        z.refine((date) => isCalendarDate(date) && Number(date.slice(0, 4)) >= FIRST_YEAR && Number(date.slice(0, 4)) <= LAST_YEAR),
      ),
  ),
  undefined,
);
/** A before/after window around the chosen event, in years or weeks as the view counts (see compare-params). */
const windowSize = z.catch(z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(52))), undefined);
const shortText = z.catch(z.optional(z.string().check(z.minLength(1), z.maxLength(120))), undefined);
/** "ko", "ko-KR" or "JA" all name a language; no parameter (or an unknown one) leaves the choice to the browser. */
const language = z.catch(z.pipe(z.transform((v) => (typeof v === "string" ? toLanguage(v) : v)), z.optional(z.enum(LANGUAGES))), undefined);

/** Every shareable choice, with a default for anything missing or mangled. */
export const viewSchema = z.object({
  view: z.catch(z.enum(VIEWS), "overview"),
  from: year(FIRST_YEAR),
  to: year(LAST_YEAR),
  sector: z.catch(z.string().check(z.regex(/^[\w:+ .'-]{1,80}$/)), "any"),
  dir: z.catch(z.enum(["both", "KOR-JPN", "JPN-KOR"]), "both"),
  market: z.catch(z.enum(["both", "JPN", "KOR"]), "both"),
  chart: z.catch(z.enum(CHARTS), "netflix"),
  country: z.catch(z.enum(COUNTRIES), "JP"),
  cat: z.catch(z.enum(["all", "Films", "TV"]), "all"),
  week: isoDate,
  films: shortText,
  q: shortText,
  event: shortText,
  before: windowSize,
  after: windowSize,
  table: z.catch(z.enum(["0", "1"]), "0"),
  v: z.catch(z.optional(z.string().check(z.regex(/^[0-9a-f]{8,64}$/))), undefined),
  embed: z.catch(z.enum(["0", "1"]), "0"),
  /** Filters in an embed: shown unless "0"; in an embed of one chart (`card`), only the year range and only with "1". */
  controls: z.catch(z.optional(z.enum(["0", "1"])), undefined),
  card: z.catch(z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))), undefined),
  lang: language,
});
export type View = z.infer<typeof viewSchema>;

export const DEFAULT_VIEW: View = viewSchema.parse({});

export function parseView(search: string): View {
  const view = viewSchema.parse(Object.fromEntries(new URLSearchParams(search)));
  return normalizeWindows(view.from > view.to ? { ...view, from: DEFAULT_VIEW.from, to: DEFAULT_VIEW.to } : view);
}

/** The parameters that narrow each view's data; the others only choose what is shown around it. */
const VIEW_FILTERS: Record<View["view"], (keyof View)[]> = {
  overview: [],
  trade: ["dir", "sector"],
  market: ["market", "sector"],
  share: ["dir", "sector"],
  charts: ["chart", "country", "cat"],
  coverage: [],
};

/** The choices that narrow the current view's data, as name → value, for file names and metadata. */
export function activeFilters(view: View): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of VIEW_FILTERS[view.view]) if (view[key] !== DEFAULT_VIEW[key]) filters[key] = String(view[key]);
  return { ...filters, from: String(view.from), to: String(view.to) };
}

/** Only values that differ from the defaults, in a fixed order. */
export function serializeView(input: View): string {
  const view = normalizeWindows(input);
  const params = new URLSearchParams();
  for (const key of Object.keys(viewSchema.shape) as (keyof View)[]) {
    const value = view[key];
    if (value !== undefined && value !== "" && value !== DEFAULT_VIEW[key]) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
