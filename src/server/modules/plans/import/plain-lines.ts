/**
 * The text of a pasted plan as paragraphs: markdown emphasis and heading marks dropped (the seeds
 * carry them from a conversion), escapes and autolinks undone, and a paragraph that a page break
 * split mid-sentence joined again.
 */
export function plainParagraphs(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/\*{2,3}|(?<!\\)_{2,3}/g, '')
        .replace(/\\([*_#<>[\]])/g, '$1')
        .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  const paragraphs: string[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const previous = paragraphs.at(-1);
    // A line that starts in lower case continues a paragraph that did not end a sentence.
    if (previous !== undefined && /^\p{Ll}/u.test(line) && !/[.;:!?)]$/.test(previous)) {
      paragraphs[paragraphs.length - 1] = `${previous} ${line}`;
    } else {
      paragraphs.push(line);
    }
  }
  return paragraphs;
}
