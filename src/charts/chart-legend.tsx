import { t } from "../i18n/i18n";
import { useT } from "../i18n/use-t";
import type { ChartLine, MarkKind } from "./marks";
import { MarkSwatch } from "./series-dots";

const MARK_TEXT: Record<MarkKind, () => string> = {
  line: () => t("markLine"), dot: () => t("markDot"), week: () => t("markWeek"), computed: () => t("markComputed"),
  estimate: () => t("markEstimate"), cited: () => t("markCited"), disagree: () => t("markDisagree"),
};

function Swatch({ line, color }: { line: ChartLine; color: string }) {
  const joined = !line.pointsOnly && !line.points;
  return (
    <svg width={26} height={12} aria-hidden="true">
      {joined && <line x1={0} x2={26} y1={6} y2={6} stroke={color} strokeWidth={2} strokeDasharray={line.dashed ? "5 4" : undefined} />}
      {line.pointsOnly ? (
        <circle cx={13} cy={6} r={3} stroke={color} strokeWidth={1.2} fill={line.hollow ? "var(--card)" : color} fillOpacity={line.hollow ? 1 : 0.45} />
      ) : (
        <circle cx={13} cy={6} r={4} stroke={color} strokeWidth={2} fill={line.hollow ? "var(--card)" : color} />
      )}
    </svg>
  );
}

/** Series named in a list under the chart: only those whose end label did not fit, or all on a narrow chart. */
export function ChartLegend({ lines, colorOf }: { lines: ChartLine[]; colorOf: (line: ChartLine) => string }) {
  if (lines.length === 0) return null;
  return (
    <ul className="chart-legend">
      {lines.map((line) => (
        <li key={line.key} data-series={line.key}>
          <Swatch line={line} color={colorOf(line)} />
          {line.label}
        </li>
      ))}
    </ul>
  );
}

/** What each mark means, once, for the marks this chart draws. */
export function MarkKey({ marks }: { marks: MarkKind[] }) {
  useT();
  if (marks.length === 0) return null;
  return (
    <ul className="chart-legend mark-key" aria-label={t("marksHeading")}>
      {marks.map((kind) => (
        <li key={kind}>
          <MarkSwatch kind={kind} />
          {MARK_TEXT[kind]()}
        </li>
      ))}
    </ul>
  );
}
