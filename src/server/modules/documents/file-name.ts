import { asciiFold } from '../../core/text/ascii-fold.js';
import type { OfficialDocument } from './official-document.js';

const SUBJECT_LENGTH = 80;

/** Letters and digits only: the rest of the subject (punctuation, slashes) would trouble some file systems. */
const subjectWords = (subject: string): string[] =>
  asciiFold(subject)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);

function shortened(words: string[], length: number): string {
  let text = '';
  for (const word of words) {
    const next = text ? `${text}-${word}` : word;
    if (next.length > length) return text || word.slice(0, length);
    text = next;
  }
  return text;
}

/**
 * "KH-316-SGDĐT-Ung-dung-cong-nghe-thong-tin-chuyen-doi-so….pdf": the symbol as printed, so the file sorts
 * and reads like the register of outgoing documents, then the subject without marks, cut at a word.
 * A draft says so: "KH-SGDĐT-Du-thao-…". A document sent without a number here (a report, which the
 * unit's clerk numbers when sending it) carries the symbol alone.
 */
export function documentFileName(
  doc: Pick<OfficialDocument, 'number' | 'symbol' | 'subject' | 'draft'>,
  ext: string,
) {
  const symbol = doc.symbol.replace(/[^\p{L}\p{N}-]+/gu, '');
  const [kind = '', ...issuer] = symbol.split('-');
  const unnumbered = doc.draft ? `${symbol}-Du-thao` : symbol;
  const reference =
    doc.number === null
      ? unnumbered
      : [kind, doc.number.replace(/[^\p{L}\p{N}]+/gu, ''), ...issuer].filter(Boolean).join('-');
  const subject = shortened(subjectWords(doc.subject), SUBJECT_LENGTH);
  return `${[reference, subject].filter(Boolean).join('-')}.${ext}`;
}
