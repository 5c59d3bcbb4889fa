import type { OrgUnitKind } from '../../../contract/org.js';

/** The usual symbol of a plan by the kind of its issuer (Nghị định 30/2020 abbreviations). */
const symbols: Record<OrgUnitKind, string> = {
  ministry: 'KH-BGDĐT',
  department: 'KH-SGDĐT',
  commune: 'KH-UBND',
  district_office: 'KH-PGDĐT',
  school: 'KH-TH',
  partner: 'KH',
};

export const defaultSymbol = (kind: OrgUnitKind): string => symbols[kind];

/** As printed after "Số:", e.g. 316/KH-SGDĐT; null while the plan has no number. */
export const formatNumber = (number: number | null, symbol: string | null): string | null =>
  number === null ? null : `${number}/${symbol ?? 'KH'}`;

/** dd/MM/yyyy, as dates are written in documents. */
export const vietnameseDate = (isoDate: string): string => isoDate.split('-').reverse().join('/');
