import type { OrgUnitKind } from '../../../contract/org.js';
import { documentSymbol } from '../documents/document-symbol.js';

/** The usual symbol of a plan by the kind of its issuer. */
export const defaultSymbol = (kind: OrgUnitKind): string => documentSymbol('KH', kind);

/** As printed after "Số:", e.g. 316/KH-SGDĐT; null while the plan has no number. */
export const formatNumber = (number: number | null, symbol: string | null): string | null =>
  number === null ? null : `${number}/${symbol ?? 'KH'}`;

/** dd/MM/yyyy, as dates are written in documents. */
export const vietnameseDate = (isoDate: string): string => isoDate.split('-').reverse().join('/');
