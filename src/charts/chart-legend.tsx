import { useT } from "../i18n/use-t";
import type { ChartLine } from "./time-chart";

const SWATCH = 26;

function Swatch({ line }: { line: Pick<ChartLine, "color" | "dashed" | "hollow" | "pointsOnly"> }) {
  return (
    <svg width={SWATCH} height={12} aria-hidden="true">
      {!line.pointsOnly && <line x1={0} x2={SWATCH} y1={6} y2={6} stroke={line.color} strokeWidth={2} strokeDasharray={line.dashed ? "5 4" : undefined} />}
      <circle cx={SWATCH / 2} cy={6} r={4} stroke={line.color} strokeWidth={2} fill={line.hollow ? "var(--bg)" : line.color} />
    </svg>
  );
}

/** The legend as an HTML list under the chart, so a long legend never squeezes the plot. */
export function ChartLegend({ lines, disagreeing }: { lines: ChartLine[]; disagreeing: boolean }) {
  const { t } = useT();
  return (
    <ul className="chart-legend">
      {lines.map((line) => (
        <li key={line.key}>
          <Swatch line={line} />
          {line.label}
        </li>
      ))}
      {disagreeing && (
        <li>
          <Swatch line={{ color: "var(--muted)", hollow: true, pointsOnly: true }} />
          {t("disagreeing")}
        </li>
      )}
    </ul>
  );
}
