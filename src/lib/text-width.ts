/** Hangul, kana, CJK ideographs and full-width forms: about as wide as two Latin letters. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Width of text in Latin letters, for placing labels before the browser has measured them. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Japanese and Chinese runs break between any two characters; everything else breaks at spaces. */
const PIECE = /\s*(?:[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60、。・「」『』（）！？：；]|[^\s\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60、。・「」『』（）！？：；]+)/g;
/** Characters that never start a line (Japanese line-breaking rules). */
const NO_LINE_START = /^[、。，．・ー）」』！？：；％)\]}.,;:!?%]/;

/** The start of text at most `max` Latin letters wide. */
export function truncate(text: string, max: number): string {
  let out = "";
  for (const char of text) {
    if (textWidth(out + char) > max) break;
    out += char;
  }
  return out;
}

/** Split text into lines at most `max` Latin letters wide. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of text.match(PIECE) ?? []) {
    const candidate = line + piece;
    if (line && textWidth(candidate.trimEnd()) > max && !NO_LINE_START.test(piece.trimStart())) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}
