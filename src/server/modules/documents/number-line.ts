import type { OfficialDocument } from './official-document.js';

/** A draft keeps the gap where the clerk writes the number at issue. */
const NUMBER_GAP = '       ';

/** "Số: 316/KH-SGDĐT", or "Số:       /KH-SGDĐT" on a draft. */
export const numberLine = (doc: Pick<OfficialDocument, 'number' | 'symbol'>): string =>
  `Số: ${doc.number ?? NUMBER_GAP}/${doc.symbol}`;
