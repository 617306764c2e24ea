import { describe, expect, it } from "vitest";
import { LABEL_ROWS, labelWidth, placeEventLabels, splitByDomain, type EventMark } from "../../src/charts/event-placement";

const mark = (id: string, x: number, extra: Partial<EventMark> = {}): EventMark => ({ id, x, label: "A label", date: String(x), selected: false, key: true, ...extra });
const scale = (domain: [number, number], width: number) => (x: number) => ((x - domain[0]) / (domain[1] - domain[0])) * width;

/** No two labels of one row overlap. */
function expectApart(events: EventMark[], placed: ReturnType<typeof placeEventLabels>) {
  const spans = [...placed].map(([id, l]) => {
    const w = labelWidth(events.find((e) => e.id === id)!.label);
    return { row: l.row, span: l.anchor === "start" ? [l.x, l.x + w] : [l.x - w, l.x] };
  });
  for (const a of spans) for (const b of spans) if (a !== b && a.row === b.row) expect(a.span[1] <= b.span[0] || a.span[0] >= b.span[1]).toBe(true);
}

describe(placeEventLabels, () => {
  it("labels only key and selected events; the others stay unlabelled ticks", () => {
    const marks = [mark("wc", 2002, { label: "World Cup 2002" }), mark("minor", 2012, { key: false }), mark("sel", 2019, { key: false, selected: true })];
    const placed = placeEventLabels(marks, scale([1998, 2026], 800), 800);
    expect([...placed.keys()].sort()).toEqual(["sel", "wc"]);
  });

  it("labels the selected event first when marks crowd together, and never overlaps labels", () => {
    const marks = [mark("a", 2000), mark("b", 2000.1), mark("c", 2000.2), mark("d", 2000.3), mark("sel", 2000.5, { selected: true, key: false })];
    const placed = placeEventLabels(marks, scale([1998, 2026], 400), 400);
    expect(placed.get("sel")?.row).toBe(0);
    expect(placed.size).toBe(LABEL_ROWS);
    expectApart(marks, placed);
  });

  it("puts far-apart labels in the first row and runs a label near the right edge leftwards", () => {
    const marks = [mark("a", 2000), mark("b", 2010), mark("c", 2025.5)];
    const placed = placeEventLabels(marks, scale([1998, 2026], 1000), 1000);
    expect([...placed.values()].map((l) => l.row)).toEqual([0, 0, 0]);
    expect(placed.get("c")?.anchor).toBe("end");
  });
});

describe(splitByDomain, () => {
  it("keeps periods that overlap the domain and lists the rest as outside", () => {
    const { inside, outside } = splitByDomain([mark("before", 1998), mark("period", 2019, { x2: 2022 }), mark("after", 2030)], [2021, 2025]);
    expect(inside.map((e) => e.id)).toEqual(["period"]);
    expect(outside.map((e) => e.id)).toEqual(["before", "after"]);
  });
});
