const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Rich text as words alone: tags dropped, entities decoded, spaces collapsed. */
export function plainWords(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the plan's narrative sections already say `text` in the same words. A plan imported from its
 * text keeps that text as written (the paragraph naming what it implements, "Tổ chức thực hiện" with
 * each unit's duties and the reports owed) while its legal bases, responsibilities and reporting rules
 * are also read out of it: a document shows each once, as written.
 */
export function writtenInSections(sections: readonly { html: string }[]): (text: string) => boolean {
  const written = plainWords(sections.map((section) => section.html).join(' '));
  return (text) => {
    const words = plainWords(text);
    return words.length > 0 && written.includes(words);
  };
}
