import { truncate, wrap } from "../lib/text-width";

/**
 * Labels at the right end of lines, after the idea of Our World in Data's grapher: keep the labels that fit in the
 * plot's height (focused ones first, then by importance, or spread over the height), then move them apart so that
 * none overlaps another. Pure, so the placement is tested without a browser.
 */

export type LabelCandidate = {
  key: string;
  /** Text lines of the label, already wrapped. */
  lines: string[];
  /** Pixel height of the series' last value: where the label wants to sit. */
  y: number;
  /** Lower is more important; labels without one are picked to spread over the height. */
  importance?: number;
  focus?: boolean;
};

export type PlacedLabel = LabelCandidate & { top: number; height: number };

export const LINE_HEIGHT = 13;
/** Minimum space between two labels. */
export const LABEL_SPACING = 3;

const heightOf = (c: LabelCandidate) => c.lines.length * LINE_HEIGHT;

/** Pick the labels that fit into `available` pixels of height. */
export function pickLabels(candidates: LabelCandidate[], available: number): LabelCandidate[] {
  const total = (list: LabelCandidate[]) => list.reduce((sum, c) => sum + heightOf(c), 0) + Math.max(0, list.length - 1) * LABEL_SPACING;
  if (total(candidates) <= available) return candidates;
  const kept: LabelCandidate[] = [];
  const tryKeep = (c: LabelCandidate) => {
    if (kept.includes(c) || total([...kept, c]) > available) return false;
    kept.push(c);
    return true;
  };
  candidates.filter((c) => c.focus).forEach(tryKeep);
  const rest = candidates.filter((c) => !c.focus);
  if (rest.some((c) => c.importance !== undefined)) {
    [...rest].sort((a, b) => (a.importance ?? Infinity) - (b.importance ?? Infinity)).forEach(tryKeep);
    return kept;
  }
  spreadPick(rest, kept, tryKeep);
  return kept;
}

/** Grapher's balanced pick: the two outermost first, then the candidate nearest the middle of the widest gap. */
function spreadPick(rest: LabelCandidate[], kept: LabelCandidate[], tryKeep: (c: LabelCandidate) => boolean) {
  const byY = [...rest].sort((a, b) => a.y - b.y);
  for (let i = 0, j = byY.length - 1; i <= j && kept.length < 2; i++, j--) {
    tryKeep(byY[j]);
    if (kept.length < 2 && i !== j) tryKeep(byY[i]);
  }
  const left = new Set(rest.filter((c) => !kept.includes(c)));
  while (left.size > 0) {
    const ys = kept.map((c) => c.y).sort((a, b) => a - b);
    const score = (c: LabelCandidate) => {
      const below = ys.findIndex((y) => y > c.y);
      if (below <= 0) return 0;
      const [start, end] = [ys[below - 1], ys[below]];
      return end - start - Math.abs(c.y - (start + end) / 2);
    };
    const best = [...left].sort((a, b) => score(b) - score(a))[0];
    left.delete(best);
    tryKeep(best);
  }
}

/**
 * Place labels between `top` and `bottom`: each at its line's height, clamped inside, and where two overlap, the
 * pair is stacked around their common centre, as grapher does, until no two overlap.
 */
export function placeLabels(candidates: LabelCandidate[], top: number, bottom: number): PlacedLabel[] {
  const clampTop = (t: number, h: number) => Math.min(Math.max(t, top), bottom - h);
  const groups: PlacedLabel[][] = [...candidates]
    .sort((a, b) => a.y - b.y)
    .map((c) => [{ ...c, height: heightOf(c), top: clampTop(c.y - heightOf(c) / 2, heightOf(c)) }]);
  const extent = (g: PlacedLabel[]) => [g[0].top, g.at(-1)!.top + g.at(-1)!.height] as const;
  let merged = true;
  while (merged && groups.length > 1) {
    merged = false;
    for (let i = 0; i < groups.length - 1; i++) {
      const [, aBottom] = extent(groups[i]);
      const [bTop] = extent(groups[i + 1]);
      if (aBottom + LABEL_SPACING <= bTop) continue;
      const group = [...groups[i], ...groups[i + 1]];
      const height = group.reduce((s, l) => s + l.height, 0) + (group.length - 1) * LABEL_SPACING;
      const centre = group.reduce((s, l) => s + l.y, 0) / group.length;
      let y = clampTop(centre - height / 2, height);
      for (const label of group) {
        label.top = y;
        y += label.height + LABEL_SPACING;
      }
      groups.splice(i, 2, group);
      merged = true;
      break;
    }
  }
  return groups.flat();
}

/**
 * Break a label into at most `maxLines` lines `maxChars` Latin letters wide (a Korean or Japanese character counts
 * as two), at spaces or between Japanese characters; the last line ends in "…" when cut.
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const lines = wrap(text, maxChars);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${truncate(kept[maxLines - 1], maxChars - 1)}…`;
  return kept;
}
