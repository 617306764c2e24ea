import type { Source } from "../data/manifest";
import { activeLanguage, t } from "../i18n/i18n";
import { formatDate } from "./format";

export type CitationInput = {
  title: string;
  subtitle: string;
  permalink: string;
  version: string;
  /** ISO date (YYYY-MM-DD). */
  accessed: string;
  sources: Pick<Source, "publisher" | "title" | "url" | "terms" | "attribution">[];
  filters: Record<string, string>;
};

/** The citation in the page's language, with the access date as that language writes it. */
export function citationText(c: CitationInput): string {
  const accessed = formatDate(c.accessed, activeLanguage());
  return t("citation", { site: t("siteName"), title: c.title, version: c.version.slice(0, 12), permalink: c.permalink, accessed });
}

const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, "\\$1");

export function citationBibtex(c: CitationInput): string {
  const key = `kjcontent-${c.accessed.replaceAll("-", "")}-${c.version.slice(0, 8)}`;
  return [
    `@misc{${key},`,
    `  title = {${bibEscape(c.title)}},`,
    `  author = {{${bibEscape(t("siteName"))}}},`,
    `  year = {${c.accessed.slice(0, 4)}},`,
    `  howpublished = {\\url{${c.permalink}}},`,
    `  note = {${bibEscape(t("bibNote", { version: c.version.slice(0, 12), accessed: c.accessed }))}},`,
    `}`,
  ].join("\n");
}

/** The README that travels with a download: what the file is, how to cite it, where each figure comes from. */
export function metadataText(c: CitationInput, csvName: string): string {
  const filters = Object.entries(c.filters).map(([k, v]) => `- ${k}: ${v}`);
  const sources = c.sources.map(
    (s) => `- ${s.publisher}: ${s.title}\n  ${s.url}\n  ${t("readme.terms", { terms: s.terms })}${s.attribution ? `\n  ${t("readme.attribution", { text: s.attribution })}` : ""}`,
  );
  return [
    `# ${c.title}`, "", c.subtitle, "",
    t("readme.file", { file: csvName }), "",
    `## ${t("readme.citeAs")}`, "", citationText(c), "", "```bibtex", citationBibtex(c), "```", "",
    `## ${t("readme.view")}`, "", t("readme.permalink", { url: c.permalink }), t("readme.version", { version: c.version }), t("readme.downloaded", { date: c.accessed }), "",
    t("readme.filters"), ...(filters.length ? filters : [`- ${t("none")}`]), "",
    `## ${t("sources")}`, "", ...sources, "",
  ].join("\n");
}
