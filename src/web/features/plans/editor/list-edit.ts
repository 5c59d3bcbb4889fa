/** Immutable edits of the editor's lists. */
export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((current, at) => (at === index ? item : current));

export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, at) => at !== index);
