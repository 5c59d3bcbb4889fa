import type { OrgUnitKind } from '../../../contract/org.js';

/** How an issuer of each kind is abbreviated in a document's symbol (Nghị định 30/2020). */
const issuerAbbreviations: Record<OrgUnitKind, string | null> = {
  ministry: 'BGDĐT',
  department: 'SGDĐT',
  commune: 'UBND',
  district_office: 'PGDĐT',
  school: 'TH',
  partner: null,
};

/** "KH-SGDĐT", "BC-UBND": the type's abbreviation and the usual one of an issuer of that kind. */
export function documentSymbol(typeAbbreviation: 'KH' | 'BC', issuerKind: OrgUnitKind): string {
  const issuer = issuerAbbreviations[issuerKind];
  return issuer ? `${typeAbbreviation}-${issuer}` : typeAbbreviation;
}
