/** A title under Netflix's English name, with its Korean and Japanese names where they are recorded. */
export type NamedTitle = { title: string; titleKo?: string; titleJa?: string };

/** Hiragana as katakana, so "ざ・ぐろーりー" finds "ザ・グローリー". */
const toKatakana = (text: string) => text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/** A name reduced for comparing: full- and half-width forms unified (NFKC), case folded, spaces and punctuation dropped. */
export function normalizeTitle(text: string): string {
  return toKatakana(text.normalize("NFKC").toLowerCase()).replace(/[\s\p{P}\p{S}]+/gu, "");
}

const namesOf = (t: NamedTitle) => [t.title, t.titleKo, t.titleJa].filter((n): n is string => !!n);

/** Titles with any name containing the search text. */
export function matchTitles<T extends NamedTitle>(titles: T[], query: string): T[] {
  const needle = normalizeTitle(query);
  if (!needle) return [];
  return titles.filter((t) => namesOf(t).some((name) => normalizeTitle(name).includes(needle)));
}

/** The title one of whose names is exactly the search text (as normalised). */
export function findTitle<T extends NamedTitle>(titles: T[], query: string): T | undefined {
  const needle = normalizeTitle(query);
  if (!needle) return undefined;
  return titles.find((t) => namesOf(t).some((name) => normalizeTitle(name) === needle));
}

/** One entry per English title, with the first native names seen for it. */
export function uniqueTitles<T extends NamedTitle>(rows: T[]): NamedTitle[] {
  const byTitle = new Map<string, NamedTitle>();
  for (const r of rows) {
    const known = byTitle.get(r.title);
    byTitle.set(r.title, { title: r.title, titleKo: known?.titleKo || r.titleKo || undefined, titleJa: known?.titleJa || r.titleJa || undefined });
  }
  return [...byTitle.values()].sort((a, b) => a.title.localeCompare(b.title));
}
