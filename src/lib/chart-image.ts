import { t } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import { textWidth, wrap } from "./text-width";

export type LegendItem = { label: string; color: string; hollow: boolean; line: "solid" | "dashed" | "none" };
export type ImageText = { title: string; subtitle: string; source: string; permalink: string; legend: LegendItem[] };
export type ImageSize = { width: number; height: number };

export const LANDSCAPE: ImageSize = { width: 1200, height: 675 };
export const SQUARE: ImageSize = { width: 1080, height: 1080 };

const STYLE_PROPS = ["fill", "stroke", "stroke-width", "stroke-dasharray", "fill-opacity", "stroke-opacity", "opacity", "font-size", "font-family", "font-weight", "text-anchor"];

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Fonts per language, so Korean and Japanese text gets its own glyphs (the same ideograph is drawn differently). */
const FONTS: Record<Language, string> = {
  en: "system-ui, sans-serif",
  ko: "system-ui, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif",
  ja: "system-ui, 'Hiragino Sans', 'Yu Gothic UI', 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif",
};

/** Legend items placed left to right in rows that fit the width (text width estimated from its length). */
const SWATCH = 22;

export function layoutLegend(items: LegendItem[], width: number) {
  const rows: (LegendItem & { x: number })[][] = [[]];
  let x = 0;
  for (const item of items) {
    const itemWidth = SWATCH + 6 + textWidth(item.label) * 7.6 + 20;
    if (x > 0 && x + itemWidth > width) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push({ ...item, x });
    x += itemWidth;
  }
  return rows.filter((r) => r.length > 0);
}

/** Copy the computed look of every element, so the chart keeps its colours outside the page's stylesheet. */
function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll("*")];
  const to = [clone, ...clone.querySelectorAll("*")];
  from.forEach((element, i) => {
    const style = getComputedStyle(element);
    const target = to[i] as SVGElement;
    target.setAttribute("style", STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(";"));
  });
  return clone;
}

/** The chart with its title, subtitle, legend, source line and permalink, as one standalone SVG of a fixed size. */
export function composeChartSvg(chart: SVGSVGElement, text: ImageText, size: ImageSize, colors: { bg: string; fg: string; muted: string }, lang: Language): string {
  const { width, height } = size;
  const pad = 32;
  const chars = Math.floor((width - 2 * pad) / 9);
  const titleLines = wrap(text.title, Math.floor(chars * 0.7));
  const subtitleLines = wrap(text.subtitle, chars);
  const legendRows = layoutLegend(text.legend, width - 2 * pad);
  const footer = [...wrap(text.source, chars + 10).slice(0, 3), text.permalink];
  let y = pad + 26;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="${colors.bg}"/>`];
  for (const line of titleLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="28" font-weight="700" fill="${colors.fg}">${escapeXml(line)}</text>`);
    y += 34;
  }
  for (const line of subtitleLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="17" fill="${colors.muted}">${escapeXml(line)}</text>`);
    y += 22;
  }
  const bottom = height - pad - footer.length * 18 - legendRows.length * 20 - 8;
  const box = chart.viewBox.baseVal;
  const chartWidth = box && box.width ? box.width : chart.width.baseVal.value;
  const chartHeight = box && box.height ? box.height : chart.height.baseVal.value;
  const clone = inlineStyles(chart);
  clone.setAttribute("x", String(pad));
  clone.setAttribute("y", String(y + 8));
  clone.setAttribute("width", String(width - 2 * pad));
  clone.setAttribute("height", String(Math.max(bottom - y - 8, 100)));
  clone.setAttribute("viewBox", `0 0 ${chartWidth} ${chartHeight}`);
  clone.setAttribute("preserveAspectRatio", "xMidYMid meet");
  parts.push(new XMLSerializer().serializeToString(clone));
  let ly = bottom + 18;
  for (const row of legendRows) {
    for (const item of row) {
      const x = pad + item.x;
      if (item.line !== "none") {
        parts.push(`<line x1="${x}" x2="${x + SWATCH}" y1="${ly - 5}" y2="${ly - 5}" stroke="${item.color}" stroke-width="2"${item.line === "dashed" ? ' stroke-dasharray="5 4"' : ""}/>`);
      }
      parts.push(`<circle cx="${x + SWATCH / 2}" cy="${ly - 5}" r="5" stroke="${item.color}" stroke-width="2" fill="${item.hollow ? colors.bg : item.color}"/>`);
      parts.push(`<text x="${x + SWATCH + 6}" y="${ly}" font-size="14" fill="${colors.fg}">${escapeXml(item.label)}</text>`);
    }
    ly += 20;
  }
  let fy = height - pad - (footer.length - 1) * 18;
  for (const line of footer) {
    parts.push(`<text x="${pad}" y="${fy}" font-size="13" fill="${colors.muted}">${escapeXml(line)}</text>`);
    fy += 18;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${lang}" font-family="${FONTS[lang]}">${parts.join("")}</svg>`;
}

/** Draw an SVG onto a canvas of its own size and return a PNG. */
export async function svgToPng(svg: string, size: ImageSize): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(size.width, size.height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(t("imageFailed")));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    canvas.getContext("2d")!.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
