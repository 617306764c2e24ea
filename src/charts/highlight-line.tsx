import { ReferenceLine } from "recharts";

/** A chosen point on the x axis (the selected week), as a solid line; its code loads when a chart first has one. */
export default function HighlightLine({ x }: { x: number }) {
  return <ReferenceLine x={x} stroke="var(--fg)" strokeWidth={2} ifOverflow="hidden" />;
}
