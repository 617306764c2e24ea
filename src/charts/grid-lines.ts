import type { CartesianGridProps } from "recharts";

type Vertical = NonNullable<CartesianGridProps["verticalCoordinatesGenerator"]>;
type Horizontal = NonNullable<CartesianGridProps["horizontalCoordinatesGenerator"]>;
type GridAxis = Parameters<Vertical>[0]["xAxis"];

/**
 * Grid lines at an axis' ticks, placed by its scale and kept inside the plot. The chart library's own placement runs
 * the tick-thinning of its axes again, which measures the text of every tick in the page; these charts space their
 * time ticks for their width and draw every value tick, so the lines go where the ticks are.
 */
function linesAt(axis: GridAxis, from: number, to: number): number[] {
  const scale = axis?.scale;
  if (!scale) return [];
  return (axis.ticks ?? axis.niceTicks ?? [])
    .map((tick) => scale.map(tick))
    .filter((px): px is number => typeof px === "number" && Number.isFinite(px) && px >= from && px <= to);
}

export const verticalGrid: Vertical = ({ xAxis, offset }) => linesAt(xAxis, offset.left, offset.left + offset.width);
export const horizontalGrid: Horizontal = ({ yAxis, offset }) => linesAt(yAxis, offset.top, offset.top + offset.height);
