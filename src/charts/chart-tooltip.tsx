import type { ReactNode } from "react";
import { Tooltip } from "recharts";

type Props = { content: (props: { active?: boolean; label?: string | number }) => ReactNode };

/** The chart's tooltip; its code loads on a reader's first pointer or keyboard move over a chart. */
export default function ChartTooltip({ content }: Props) {
  return <Tooltip isAnimationActive={false} content={content} />;
}
