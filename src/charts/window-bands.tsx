import { usePlotArea, useXAxisScale, ZIndexLayer } from "recharts";
import type { WindowBands as Bands } from "../lib/compare-bands";

/** The two windows of a before/after comparison, as light bands behind the data and the events; cut at the plot's edges. */
export function WindowBands({ bands }: { bands: Bands }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  const px = (x: number) => Math.min(Math.max(Number(scale(x)), plot.x), plot.x + plot.width);
  return (
    <ZIndexLayer zIndex={40}>
      <g className="window-bands">
        {(["before", "after"] as const).map((side) => {
          const [x1, x2] = bands[side].map(px);
          return x2 > x1 ? <rect key={side} className={`window-band window-${side}`} x={x1} y={plot.y} width={x2 - x1} height={plot.height} /> : null;
        })}
      </g>
    </ZIndexLayer>
  );
}
