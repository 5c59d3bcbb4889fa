import sanitizeHtml from 'sanitize-html';

/**
 * Narrative sections keep headings, paragraphs, lists, bold/italic/underline and tables; everything
 * else (scripts, styles, links, images, event-handler attributes) is removed, not escaped, so what is
 * stored is exactly what may be shown or printed.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'u',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: [],
  disallowedTagsMode: 'discard',
};

export const sanitizeRichText = (html: string): string => sanitizeHtml(html, options);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text as rich text: one paragraph per non-empty line. */
export const paragraphs = (lines: string[]): string =>
  lines
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${line.trim().replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)}</p>`)
    .join('');
