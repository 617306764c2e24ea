import type { QueryClient } from "@tanstack/react-query";
import { strToU8, zipSync } from "fflate";
import { fetchText } from "../data/fetch-data";
import { manifestQuery } from "../data/manifest-query";
import { composeChartSvg, svgToPng } from "../lib/chart-image";
import { drawSize, layoutImage, type ImageKind, type ImageText } from "../lib/image-layout";
import { settled } from "../lib/settled";
import { metadataText, type CitationInput } from "../lib/citation";
import { spreadsheetCsv, writeCsv } from "../lib/csv";
import { saveBlob } from "../lib/download";
import { exportFileName } from "../lib/file-name";
import { activeLanguage, t as translate } from "../i18n/i18n";
import { permalink } from "./permalink";
import type { ShareSpec } from "./share-menu";
import type { FrameSize } from "./use-export-frame";

/** One chart as the share menu sees it; `citation` and `name` are the menu's, so the dialog and the files agree. */
export type ShareTarget = {
  title: string;
  subtitle: string;
  sourceLine: string;
  share: ShareSpec;
  /** Draw the chart off screen at a size (null removes it); resolves with the element holding it. */
  render: (size: FrameSize | null) => Promise<HTMLElement | null>;
  citation: (sources: CitationInput["sources"]) => CitationInput;
  name: (extension: string) => string;
  today: string;
};

const saveText = (text: string, type: string, name: string) => saveBlob(new Blob([text], { type }), name);

export async function downloadCsv(t: ShareTarget): Promise<void> {
  saveText(writeCsv(await t.share.table()), "text/csv;charset=utf-8", t.name("csv"));
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
  const files = { [csvName]: strToU8(writeCsv(await t.share.table())), "README.md": strToU8(readme) };
  saveBlob(new Blob([zipSync(files)], { type: "application/zip" }), t.name("zip"));
}

export async function downloadFull(t: ShareTarget): Promise<void> {
  const entry = t.share.entry;
  if (!entry) return;
  const text = await fetchText(entry.file, undefined, entry.sha256);
  saveText(spreadsheetCsv(text), "text/csv;charset=utf-8", exportFileName(entry.id, {}, t.today, "csv"));
}

/** The legend as drawn under the chart, read from the drawn chart so the image matches it. */
function legendOf(drawn: HTMLElement) {
  return [...drawn.querySelectorAll(".chart-legend li")].map((li) => {
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

/** The chart drawn at the size the image gives it, once it has settled; drawn again if its legend takes other room. */
async function drawFor(t: ShareTarget, kind: ImageKind, text: Omit<ImageText, "legend">) {
  let layout = layoutImage(kind, { ...text, legend: [] });
  for (let pass = 0; ; pass++) {
    const drawn = await t.render(drawSize(layout));
    if (!drawn) throw new Error(translate("noChartToExport"));
    await settled(drawn);
    const next = layoutImage(kind, { ...text, legend: legendOf(drawn) });
    const [was, now] = [drawSize(layout), drawSize(next)];
    if (pass > 0 || (was.width === now.width && was.height === now.height)) return { layout: next, svg: drawn.querySelector<SVGSVGElement>("svg.recharts-surface") };
    layout = next;
  }
}

const IMAGE_SUFFIX: Record<ImageKind, string> = { landscape: "", square: "-square", phone: "-phone" };

/** The finished chart with its title, legend, source line and permalink, as SVG or PNG, laid out for the image's size. */
export async function downloadImage(t: ShareTarget, kind: ImageKind, format: "png" | "svg"): Promise<void> {
  const root = getComputedStyle(document.documentElement);
  const colors = { bg: root.getPropertyValue("--bg").trim() || "#fff", fg: root.getPropertyValue("--fg").trim() || "#000", muted: root.getPropertyValue("--muted").trim() || "#555" };
  try {
    const { layout, svg } = await drawFor(t, kind, { title: t.title, subtitle: t.subtitle, source: t.sourceLine, permalink: permalink(t.share.entry?.sha256) });
    if (!svg) throw new Error(translate("noChartToExport"));
    const text = composeChartSvg(svg, layout, colors, activeLanguage());
    if (format === "svg") return saveText(text, "image/svg+xml", t.name("svg").replace(/\.svg$/, `${IMAGE_SUFFIX[kind]}.svg`));
    saveBlob(await svgToPng(text, layout.size), t.name("png").replace(/\.png$/, `${IMAGE_SUFFIX[kind]}.png`));
  } finally {
    await t.render(null);
  }
}
