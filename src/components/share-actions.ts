import type { QueryClient } from "@tanstack/react-query";
import { strToU8, zipSync } from "fflate";
import { fetchText } from "../data/fetch-data";
import { manifestQuery } from "../data/queries";
import { composeChartSvg, LANDSCAPE, SQUARE, svgToPng } from "../lib/chart-image";
import { metadataText, type CitationInput } from "../lib/citation";
import { spreadsheetCsv, writeCsv } from "../lib/csv";
import { saveBlob } from "../lib/download";
import { exportFileName } from "../lib/file-name";
import { activeLanguage, t as translate } from "../i18n/i18n";
import { permalink } from "./permalink";
import type { ShareSpec } from "./share-menu";

/** One chart as the share menu sees it; `citation` and `name` are the menu's, so the dialog and the files agree. */
export type ShareTarget = {
  title: string;
  subtitle: string;
  sourceLine: string;
  share: ShareSpec;
  card: HTMLElement | null;
  citation: (sources: CitationInput["sources"]) => CitationInput;
  name: (extension: string) => string;
  today: string;
};

const saveText = (text: string, type: string, name: string) => saveBlob(new Blob([text], { type }), name);

export function downloadCsv(t: ShareTarget): void {
  saveText(writeCsv(t.share.table()), "text/csv;charset=utf-8", t.name("csv"));
}

/** The sources for the README: the rows' own publications, or the dataset's from the full manifest. */
async function sourcesOf(t: ShareTarget, client: QueryClient): Promise<CitationInput["sources"]> {
  if (t.share.sources) return t.share.sources();
  if (!t.share.entry) return [];
  const manifest = await client.fetchQuery(manifestQuery());
  return manifest.datasets.find((d) => d.id === t.share.entry?.id)?.sources ?? [];
}

export async function downloadZip(t: ShareTarget, client: QueryClient): Promise<void> {
  const csvName = t.name("csv");
  const readme = metadataText(t.citation(await sourcesOf(t, client)), csvName);
  const files = { [csvName]: strToU8(writeCsv(t.share.table())), "README.md": strToU8(readme) };
  saveBlob(new Blob([zipSync(files)], { type: "application/zip" }), t.name("zip"));
}

export async function downloadFull(t: ShareTarget): Promise<void> {
  const entry = t.share.entry;
  if (!entry) return;
  const text = await fetchText(entry.file, undefined, entry.sha256);
  saveText(spreadsheetCsv(text), "text/csv;charset=utf-8", exportFileName(entry.id, {}, t.today, "csv"));
}

/** The legend as drawn under the chart, read from the page so the image matches it. */
function legendOf(card: HTMLElement) {
  return [...card.querySelectorAll(".chart-legend li")].map((li) => {
    const circle = li.querySelector("circle");
    const line = li.querySelector("line");
    const style = circle ? getComputedStyle(circle) : null;
    return {
      label: li.textContent ?? "",
      color: style?.stroke || "#888",
      hollow: !!style && style.fill !== style.stroke,
      line: line ? (line.getAttribute("stroke-dasharray") ? ("dashed" as const) : ("solid" as const)) : ("none" as const),
    };
  });
}

/** The chart with its title, legend, source line and permalink, as SVG or PNG, landscape or square. */
export async function downloadImage(t: ShareTarget, shape: "landscape" | "square", format: "png" | "svg"): Promise<void> {
  const size = shape === "square" ? SQUARE : LANDSCAPE;
  const svg = t.card?.querySelector<SVGSVGElement>("svg.recharts-surface");
  if (!t.card || !svg) throw new Error(translate("noChartToExport"));
  const root = getComputedStyle(document.documentElement);
  const colors = { bg: root.getPropertyValue("--bg").trim() || "#fff", fg: root.getPropertyValue("--fg").trim() || "#000", muted: root.getPropertyValue("--muted").trim() || "#555" };
  const text = composeChartSvg(svg, { title: t.title, subtitle: t.subtitle, source: t.sourceLine, permalink: permalink(t.share.entry?.sha256), legend: legendOf(t.card) }, size, colors, activeLanguage());
  if (format === "svg") return saveText(text, "image/svg+xml", t.name("svg"));
  saveBlob(await svgToPng(text, size), t.name("png").replace(/\.png$/, shape === "square" ? "-square.png" : ".png"));
}
