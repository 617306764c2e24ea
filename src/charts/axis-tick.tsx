import type { XAxisTickContentProps, YAxisTickContentProps } from "recharts";

/** How far a tick's text sits below its anchor, as the chart library's own text places it. */
const DY: Record<string, string> = { start: "0.71em", middle: "0.355em" };

/**
 * A tick's text as plain SVG text. The chart library's own text component measures every tick's words in the
 * page, to wrap them; ticks here are short and already spaced to fit, so they need no measuring.
 */
export function AxisTick({ x, y, payload, index, textAnchor, verticalAnchor, fill, className, orientation, tickFormatter }: XAxisTickContentProps | YAxisTickContentProps) {
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fill={fill} className={className} {...{ orientation }}>
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}
