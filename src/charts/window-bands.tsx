import { ReferenceArea } from "recharts";
import type { WindowBands as Bands } from "../lib/compare-bands";

/** The two windows of a before/after comparison, as light bands behind the data. */
export function WindowBands({ bands }: { bands: Bands }) {
  return (
    <>
      {(["before", "after"] as const).map((side) => (
        <ReferenceArea key={side} className={`window-band window-${side}`} x1={bands[side][0]} x2={bands[side][1]} ifOverflow="hidden"
          fill="var(--window)" fillOpacity={1} stroke="none" />
      ))}
    </>
  );
}
