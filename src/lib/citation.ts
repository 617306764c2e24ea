import type { Source } from "../data/manifest";

export const SITE_NAME = "Korea–Japan content trade dashboard";

export type CitationInput = {
  title: string;
  subtitle: string;
  permalink: string;
  version: string;
  accessed: string;
  sources: Pick<Source, "publisher" | "title" | "url" | "terms" | "attribution">[];
  filters: Record<string, string>;
};

export function citationText(c: CitationInput): string {
  return `${SITE_NAME}. "${c.title}." Data version ${c.version.slice(0, 12)}. ${c.permalink} (accessed ${c.accessed}).`;
}

const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, "\\$1");

export function citationBibtex(c: CitationInput): string {
  const key = `kjcontent-${c.accessed.replaceAll("-", "")}-${c.version.slice(0, 8)}`;
  return [
    `@misc{${key},`,
    `  title = {${bibEscape(c.title)}},`,
    `  author = {{${SITE_NAME}}},`,
    `  year = {${c.accessed.slice(0, 4)}},`,
    `  howpublished = {\\url{${c.permalink}}},`,
    `  note = {Data version ${c.version.slice(0, 12)}; accessed ${c.accessed}},`,
    `}`,
  ].join("\n");
}

/** The README that travels with a download: what the file is, how to cite it, where each figure comes from. */
export function metadataText(c: CitationInput, csvName: string): string {
  const filters = Object.entries(c.filters).map(([k, v]) => `- ${k}: ${v}`);
  const sources = c.sources.map((s) => `- ${s.publisher}: ${s.title}\n  ${s.url}\n  Terms: ${s.terms}${s.attribution ? `\n  Attribution: ${s.attribution}` : ""}`);
  return [
    `# ${c.title}`, "", c.subtitle, "",
    `File: ${csvName} (UTF-8 with byte-order mark; one row per figure, each with its source)`, "",
    "## Cite as", "", citationText(c), "", "```bibtex", citationBibtex(c), "```", "",
    "## View", "", `Permalink: ${c.permalink}`, `Dataset version (sha256): ${c.version}`, `Downloaded: ${c.accessed}`, "",
    "Filters applied:", ...(filters.length ? filters : ["- none"]), "",
    "## Sources", "", ...sources, "",
  ].join("\n");
}
