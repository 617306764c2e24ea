import { t } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import type { ImageLayout, ImageSize } from "./image-layout";

/** The look copied onto every element; the font family is left to the image's own, so CJK text finds a CJK font. */
const STYLE_PROPS = ["fill", "stroke", "stroke-width", "stroke-dasharray", "fill-opacity", "stroke-opacity", "opacity", "font-size", "font-weight", "text-anchor", "dominant-baseline"];

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Fonts per language, so Korean and Japanese text gets its own glyphs (the same ideograph is drawn differently):
 * the fonts of Apple and Windows systems, then Noto Sans CJK (Debian's fonts-noto-cjk, Android), then any.
 */
export const IMAGE_FONTS: Record<Language, string> = {
  en: "system-ui, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  ko: "'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif",
  ja: "'Hiragino Sans', 'Yu Gothic UI', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif",
};

/** Copy the computed look of every element, so the chart keeps its colours outside the page's stylesheet. */
function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll("*")];
  const to = [clone, ...clone.querySelectorAll("*")];
  from.forEach((element, i) => {
    const style = getComputedStyle(element);
    (to[i] as SVGElement).setAttribute("style", STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(";"));
  });
  return clone;
}

/** The chart enlarged by the layout's scale, centred in its box. */
function placedChart(chart: SVGSVGElement, { chart: box, scale }: ImageLayout): string {
  const viewBox = chart.viewBox.baseVal;
  const width = viewBox && viewBox.width ? viewBox.width : chart.width.baseVal.value;
  const height = viewBox && viewBox.height ? viewBox.height : chart.height.baseVal.value;
  const clone = inlineStyles(chart);
  clone.setAttribute("x", String(box.x + Math.max(0, (box.width - width * scale) / 2)));
  clone.setAttribute("y", String(box.y + Math.max(0, (box.height - height * scale) / 2)));
  clone.setAttribute("width", String(width * scale));
  clone.setAttribute("height", String(height * scale));
  clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return new XMLSerializer().serializeToString(clone);
}

/** The chart with its title, subtitle, legend, source line and permalink, as one standalone SVG laid out for its size. */
export function composeChartSvg(chart: SVGSVGElement, layout: ImageLayout, colors: { bg: string; fg: string; muted: string }, lang: Language): string {
  const { width, height } = layout.size;
  const parts = [`<rect width="${width}" height="${height}" fill="${colors.bg}"/>`];
  for (const block of layout.blocks) {
    for (const line of block.lines) {
      parts.push(`<text x="${line.x}" y="${line.y}" font-size="${block.size}" font-weight="${block.weight}" fill="${colors[block.tone]}">${escapeXml(line.text)}</text>`);
    }
  }
  parts.push(placedChart(chart, layout));
  const s = layout.legendSize;
  for (const item of layout.legend) {
    const mid = item.y - s * 0.35;
    if (item.line !== "none") {
      parts.push(`<line x1="${item.x}" x2="${item.x + s * 1.2}" y1="${mid}" y2="${mid}" stroke="${item.color}" stroke-width="3"${item.line === "dashed" ? ' stroke-dasharray="7 5"' : ""}/>`);
    }
    parts.push(`<circle cx="${item.x + s * 0.6}" cy="${mid}" r="${s * 0.25}" stroke="${item.color}" stroke-width="3" fill="${item.hollow ? colors.bg : item.color}"/>`);
    item.lines.forEach((line, i) => {
      parts.push(`<text x="${item.x + s * 1.6}" y="${item.y + i * s * 1.25}" font-size="${s}" fill="${colors.fg}">${escapeXml(line)}</text>`);
    });
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${lang}" font-family="${IMAGE_FONTS[lang]}">${parts.join("")}</svg>`;
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
