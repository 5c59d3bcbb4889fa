import { asciiFold } from '../../core/text/ascii-fold.js';

/**
 * Lower case without diacritics, đ as d, spaces collapsed: "Thanh Hóa", "Thanh Hoá" and "thanh hoa"
 * all become "thanh hoa". Stored names and search queries go through the same fold.
 */
export function foldForSearch(text: string): string {
  return asciiFold(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The words of a search query, folded; a unit matches when its search text contains every one.
 * LIKE wildcards and the backslash (PostgreSQL's LIKE escape) are dropped, so a word matches only itself.
 */
export const searchWords = (query: string): string[] =>
  foldForSearch(query.replace(/[%_\\]/g, ' '))
    .split(' ')
    .filter(Boolean);

/** Looks a label up ignoring case, diacritics and tone-mark placement ("thcs", "Tieu hoc", "tư thục"). */
export function labelLookup<Value extends string>(labels: Record<Value, string>) {
  const byFolded = new Map(
    (Object.entries(labels) as [Value, string][]).map(([value, label]) => [foldForSearch(label), value]),
  );
  return (text: string): Value | undefined => byFolded.get(foldForSearch(text));
}
