import { describe, expect, it } from "vitest";
import { LABEL_SPACING, LINE_HEIGHT, pickLabels, placeLabels, wrapLabel, type LabelCandidate } from "../../src/charts/line-labels";

const label = (key: string, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({ key, lines: [key], y, ...extra });
const keys = (list: LabelCandidate[]) => list.map((c) => c.key).sort();

/** No two placed labels overlap, and every one lies inside [top, bottom]. */
function expectApart(placed: ReturnType<typeof placeLabels>, top: number, bottom: number) {
  const sorted = [...placed].sort((a, b) => a.top - b.top);
  sorted.forEach((l, i) => {
    expect(l.top).toBeGreaterThanOrEqual(top);
    expect(l.top + l.height).toBeLessThanOrEqual(bottom);
    if (i > 0) expect(l.top).toBeGreaterThanOrEqual(sorted[i - 1].top + sorted[i - 1].height + LABEL_SPACING - 1e-9);
  });
}

describe(pickLabels, () => {
  it("keeps every label when all fit", () => {
    expect(keys(pickLabels([label("Korea", 10), label("Japan", 40)], 100))).toEqual(["Japan", "Korea"]);
  });

  it("drops labels that do not fit into the height", () => {
    expect(pickLabels([label("Korea", 10), label("Japan", 40)], LINE_HEIGHT + 1)).toHaveLength(1);
  });

  it("keeps the most important first, skipping one that does not fit", () => {
    const tall = label("Two lines", 30, { lines: ["Two", "lines"], importance: 0 });
    const picked = pickLabels([label("a", 5, { importance: 2 }), tall, label("b", 45, { importance: 1 })], 2 * LINE_HEIGHT + LABEL_SPACING);
    expect(keys(picked)).toEqual(["Two lines"]);
    const short = pickLabels([label("a", 5, { importance: 2 }), label("b", 45, { importance: 1 }), label("c", 25, { importance: 3 })], 2 * LINE_HEIGHT + LABEL_SPACING);
    expect(keys(short)).toEqual(["a", "b"]);
  });

  it("keeps a focused label before more important ones", () => {
    const picked = pickLabels([label("a", 10, { importance: 0 }), label("b", 40, { importance: 1, focus: true })], LINE_HEIGHT);
    expect(keys(picked)).toEqual(["b"]);
  });

  it("picks from the edges, then spreads over the height, as grapher does", () => {
    const all = [label("Canada", 10), label("Mexico", 12), label("Brazil", 14), label("Argentina", 15), label("Chile", 60), label("Peru", 90)];
    expect(keys(pickLabels(all, 3 * LINE_HEIGHT + 2 * LABEL_SPACING))).toEqual(["Canada", "Chile", "Peru"]);
  });
});

describe(placeLabels, () => {
  it("puts a lone label level with its line's end", () => {
    const [placed] = placeLabels([label("Korea", 50)], 0, 200);
    expect(placed.top + placed.height / 2).toBe(50);
  });

  it("moves overlapping labels apart around their centre, inside the plot", () => {
    const placed = placeLabels([label("a", 100), label("b", 101), label("c", 102), label("d", 196)], 0, 200);
    expectApart(placed, 0, 200);
    const centre = (k: string) => { const l = placed.find((p) => p.key === k)!; return l.top + l.height / 2; };
    expect(centre("a")).toBeLessThan(centre("b"));
    expect(Math.abs(centre("b") - 101)).toBeLessThan(1);
  });

  it("never lets labels overlap, however crowded the ends", () => {
    const crowd = Array.from({ length: 9 }, (_, i) => label(`s${i}`, 80 + (i % 3)));
    expectApart(placeLabels(pickLabels(crowd, 150), 20, 170), 20, 170);
  });
});

describe(wrapLabel, () => {
  it("wraps at spaces and cuts what does not fit into two lines", () => {
    expect(wrapLabel("Korea → Japan · music", 14)).toEqual(["Korea → Japan", "· music"]);
    expect(wrapLabel("one two three four five six", 9)).toEqual(["one two", "three…"]);
  });
});
