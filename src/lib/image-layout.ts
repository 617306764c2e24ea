import { textWidth, wrap } from "./text-width";

export type LegendItem = { label: string; color: string; hollow: boolean; line: "solid" | "dashed" | "none" };
export type ImageText = { title: string; subtitle: string; source: string; permalink: string; legend: LegendItem[] };
export type ImageSize = { width: number; height: number };
export type ImageKind = "landscape" | "square" | "phone";

export const IMAGE_SIZES: Record<ImageKind, ImageSize> = {
  landscape: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
  phone: { width: 1080, height: 1350 },
};

/** The smallest text a chart draws (event labels), in its own pixels; enlarged, it must reach 2% of the image's width. */
const SMALLEST_CHART_TEXT = 10;
/** The least height a chart gets, as a share of the image's width. */
const MIN_CHART_SHARE = 0.35;
/** Average width of a Latin letter, as a share of the font size (a CJK character counts as two). */
const LETTER = 0.56;

export type TextLine = { text: string; x: number; y: number };
export type Block = { size: number; weight: 400 | 700; tone: "fg" | "muted"; lines: TextLine[] };
export type LegendPlace = Omit<LegendItem, "label"> & { x: number; y: number; lines: string[] };
export type Box = { x: number; y: number; width: number; height: number };
export type ImageLayout = { size: ImageSize; blocks: Block[]; legend: LegendPlace[]; legendSize: number; chart: Box; scale: number };

/** An address has no spaces to break at: cut it into pieces that fit. */
const chunks = (text: string, max: number) => Array.from({ length: Math.ceil(text.length / max) }, (_, i) => text.slice(i * max, (i + 1) * max));

/** Legend items left to right, in as many rows as the width needs. */
function legendRows(items: LegendItem[], x0: number, top: number, width: number, size: number): LegendPlace[] {
  let x = 0;
  let row = 0;
  return items.map(({ label, ...item }) => {
    const itemWidth = size * 1.6 + textWidth(label) * size * LETTER + size;
    if (x > 0 && x + itemWidth > width) [x, row] = [0, row + 1];
    const place = { ...item, lines: [label], x: x0 + x, y: top + size + row * size * 1.5 };
    x += itemWidth;
    return place;
  });
}

/** Legend items one under another, each label wrapped to the column. */
function legendColumn(items: LegendItem[], x: number, top: number, width: number, size: number): LegendPlace[] {
  let y = top + size;
  return items.map(({ label, ...item }) => {
    const lines = wrap(label, Math.floor((width - size * 1.6) / (size * LETTER)));
    const place = { ...item, lines, x, y };
    y += lines.length * size * 1.25 + size * 0.4;
    return place;
  });
}

const bottomOf = (legend: LegendPlace[], size: number) => (legend.length ? legend.at(-1)!.y + (legend.at(-1)!.lines.length - 1) * size * 1.25 + size * 0.3 : 0);

/**
 * Where everything goes in an image of one kind: title (3% of the width or more), subtitle and legend (2% or more),
 * the chart filling what is left, and source and permalink at the foot. A landscape image sets title, subtitle and
 * legend in a column beside the chart when they fit it; otherwise, and in square and phone images, they are stacked,
 * the legend under the plot. A chart with more series than its size holds gets a taller image, never smaller text.
 */
export function layoutImage(kind: ImageKind, text: ImageText): ImageLayout {
  const { width } = IMAGE_SIZES[kind];
  const pad = Math.round(width * 0.035);
  const inner = width - 2 * pad;
  const titleSize = Math.ceil(width * 0.032);
  const body = Math.ceil(width * 0.021);
  const scale = (width * 0.021) / SMALLEST_CHART_TEXT;
  const fits = (room: number, fontSize: number, share = LETTER) => Math.floor(room / (fontSize * share));
  const place = (lines: string[], fontSize: number, top: number, step: number) => lines.map((line, i) => ({ text: line, x: pad, y: top + fontSize + i * step }));
  const footerLines = [...wrap(text.source, fits(inner, body)), ...chunks(text.permalink, fits(inner, body))];
  const footerHeight = footerLines.length * body * 1.3;
  const heading = (room: number) => {
    const title = place(wrap(text.title, fits(room, titleSize, 0.62)), titleSize, pad, titleSize * 1.2);
    const subtitle = place(wrap(text.subtitle, fits(room, body)), body, title.at(-1)!.y + body * 0.6, body * 1.3);
    return { title, subtitle, bottom: (subtitle.at(-1) ?? title.at(-1)!).y + body * 0.5 };
  };
  const layout = (height: number, h: ReturnType<typeof heading>, legend: LegendPlace[], chart: Box): ImageLayout => {
    const footer = place(footerLines, body, height - pad - footerHeight, body * 1.3);
    const blocks: Block[] = [
      { size: titleSize, weight: 700, tone: "fg", lines: h.title },
      { size: body, weight: 400, tone: "muted", lines: h.subtitle },
      { size: body, weight: 400, tone: "muted", lines: footer },
    ];
    return { size: { width, height }, blocks, legend, legendSize: body, chart, scale };
  };

  const base = IMAGE_SIZES[kind].height;
  if (kind === "landscape") {
    const column = Math.round(inner * 0.42);
    const h = heading(column);
    const legend = legendColumn(text.legend, pad, h.bottom + body * 0.6, column, body);
    const footerTop = base - pad - footerHeight;
    const chartX = pad + column + Math.round(width * 0.03);
    if (bottomOf(legend, body) < footerTop - body * 0.5) {
      return layout(base, h, legend, { x: chartX, y: pad, width: pad + inner - chartX, height: footerTop - body * 0.8 - pad });
    }
  }
  const h = heading(inner);
  const rowsHeight = legendRows(text.legend, pad, 0, inner, body).reduce((most, item) => Math.max(most, item.y), 0);
  const around = h.bottom + body * 0.7 + rowsHeight + body * 0.8 + footerHeight + pad;
  const height = Math.max(base, Math.ceil(around + width * MIN_CHART_SHARE));
  const legendTop = height - pad - footerHeight - body * 0.8 - rowsHeight;
  const legend = legendRows(text.legend, pad, legendTop, inner, body);
  return layout(height, h, legend, { x: pad, y: h.bottom + body * 0.3, width: inner, height: legendTop - body * 0.4 - h.bottom - body * 0.3 });
}

/** The size to draw the chart at, so that enlarged by the layout's scale it fills its box. */
export const drawSize = (layout: ImageLayout) => ({ width: Math.floor(layout.chart.width / layout.scale), height: Math.floor(layout.chart.height / layout.scale) });
