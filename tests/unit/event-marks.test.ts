import { describe, expect, it } from "vitest";
import { placeLabels, type EventMark } from "../../src/charts/event-marks";

const mark = (id: string, x: number, extra: Partial<EventMark> = {}): EventMark => ({ id, x, label: "A label", selected: false, priority: false, ...extra });

describe("placeLabels", () => {
  it("labels the priority and selected events first when marks crowd together", () => {
    const marks = [mark("a", 2000), mark("b", 2000.1), mark("c", 2000.2), mark("d", 2000.3), mark("wc", 2000.4, { priority: true }), mark("sel", 2000.5, { selected: true })];
    const placed = placeLabels(marks, [1998, 2026], 400);
    expect(placed.get("sel")).toBe(0);
    expect(placed.get("wc")).toBe(1);
    expect(placed.size).toBe(3);
  });

  it("puts far-apart labels in the first row", () => {
    const placed = placeLabels([mark("a", 2000), mark("b", 2010), mark("c", 2020)], [1998, 2026], 1000);
    expect([...placed.values()]).toEqual([0, 0, 0]);
  });
});
