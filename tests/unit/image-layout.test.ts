import { describe, expect, it } from "vitest";
import { drawSize, IMAGE_SIZES, layoutImage, type ImageKind, type ImageText } from "../../src/lib/image-layout";

const text: ImageText = {
  title: "Korean titles in Japan's Netflix top 10",
  subtitle: "Distinct titles in the weekly list (10 film and 10 TV positions); a title holding several positions counts once",
  source: "Source: Netflix Top 10 (netflix.com/tudum/top10)",
  permalink: "https://example.org/kj/?view=charts&chart=netflix&cat=TV&from=2020&v=af191a47a291",
  legend: [
    { label: "Titles from Korea · Films", color: "#0072b2", hollow: false, line: "solid" },
    { label: "Titles from Korea · TV", color: "#56b4e9", hollow: false, line: "solid" },
  ],
};
const KINDS = Object.keys(IMAGE_SIZES) as ImageKind[];
const lines = (kind: ImageKind) => layoutImage(kind, text).blocks.flatMap((b) => b.lines.map((l) => ({ ...l, size: b.size })));

describe("layoutImage", () => {
  it.each(KINDS)("%s: title at least 3% of the width, other text at least 2%, all inside the image", (kind) => {
    const layout = layoutImage(kind, text);
    const { width, height } = layout.size;
    expect(layout.blocks[0].size).toBeGreaterThanOrEqual(width * 0.03);
    expect(Math.min(layout.legendSize, ...layout.blocks.map((b) => b.size))).toBeGreaterThanOrEqual(width * 0.02);
    for (const line of lines(kind)) expect(line.y).toBeLessThanOrEqual(height);
    expect(layout.chart.y + layout.chart.height).toBeLessThanOrEqual(height);
  });

  it.each(KINDS)("%s: the chart's smallest text (10 px) is enlarged to at least 2% of the width", (kind) => {
    const layout = layoutImage(kind, text);
    expect(10 * layout.scale).toBeGreaterThanOrEqual(layout.size.width * 0.02);
    const drawn = drawSize(layout);
    expect(drawn.width * layout.scale).toBeLessThanOrEqual(layout.chart.width);
    expect(drawn.height * layout.scale).toBeLessThanOrEqual(layout.chart.height);
  });

  it("fills the square with the chart: full width, and most of the height", () => {
    const { chart, size } = layoutImage("square", text);
    expect(chart.width).toBe(size.width - 2 * chart.x);
    expect(chart.height).toBeGreaterThan(size.height * 0.55);
  });

  it("puts the phone image's legend under the plot, and the landscape image's beside it", () => {
    const phone = layoutImage("phone", text);
    expect(phone.legend.every((item) => item.y > phone.chart.y + phone.chart.height)).toBe(true);
    const landscape = layoutImage("landscape", text);
    expect(landscape.legend.every((item) => item.x < landscape.chart.x)).toBe(true);
  });

  it("keeps the whole permalink, cut into lines that fit", () => {
    const footer = layoutImage("phone", text).blocks[2].lines.map((l) => l.text);
    expect(footer.slice(1).join("")).toBe(text.permalink);
  });

  it("stacks the landscape image when the column beside the chart cannot hold its text", () => {
    const long = { ...text, subtitle: text.subtitle.repeat(3) };
    const layout = layoutImage("landscape", long);
    expect(layout.chart.x).toBe(layout.blocks[0].lines[0].x);
    expect(layout.legend.every((item) => item.y > layout.chart.y + layout.chart.height)).toBe(true);
  });

  it.each(KINDS)("%s: a chart with many series gets a taller image, with its legend between plot and source", (kind) => {
    const legend = Array.from({ length: 30 }, (_, i) => ({ ...text.legend[0], label: `Korea → Japan · Broadcasting (drama) · Broadcasting industry survey ${i}` }));
    const layout = layoutImage(kind, { ...text, legend });
    expect(layout.size.width).toBe(IMAGE_SIZES[kind].width);
    expect(layout.size.height).toBeGreaterThan(IMAGE_SIZES[kind].height);
    expect(layout.chart.height).toBeGreaterThanOrEqual(layout.size.width * 0.35 - 1);
    const sourceTop = layout.blocks[2].lines[0].y - layout.legendSize;
    for (const item of layout.legend) {
      expect(item.y - layout.legendSize).toBeGreaterThan(layout.chart.y + layout.chart.height);
      expect(item.y).toBeLessThan(sourceTop);
    }
  });
});
