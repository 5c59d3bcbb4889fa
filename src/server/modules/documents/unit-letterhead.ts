import type { OrgUnitKind } from '../../../contract/org.js';
import { issuerUnderAuthority, printedUpper } from './issuer-line.js';
import type { OfficialDocument, Signer } from './official-document.js';

export interface LetterheadUnit {
  name: string;
  kind: OrgUnitKind;
}

/** Cities governed by the centre, whose Sở is named after the city without "Thành phố". */
const CITIES = new Set(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

const provinceOf = (department: LetterheadUnit) => department.name.replace(/^Sở Giáo dục và Đào tạo /, '');

function provinceCommittee(department: LetterheadUnit): string {
  const province = provinceOf(department);
  if (province.startsWith('Thành phố ')) return `UBND ${province}`;
  return `UBND ${CITIES.has(province) ? 'Thành phố' : 'Tỉnh'} ${province}`;
}

/** The body a unit answers to, as printed above it. */
function governingBody(unit: LetterheadUnit, parent: LetterheadUnit | undefined): string | null {
  if (unit.kind === 'department') return provinceCommittee(unit);
  if (unit.kind === 'ministry' || unit.kind === 'commune' || !parent) return null;
  return parent.kind === 'commune' ? `UBND ${parent.name}` : parent.name;
}

/** "Hoàng Mai" for Phường Hoàng Mai, "Hà Nội" for its Sở: the place name printed before the date. */
function placeName(unit: LetterheadUnit): string {
  if (unit.kind === 'commune') return unit.name.replace(/^(Phường|Xã|Đặc khu) /, '');
  if (unit.kind === 'department') return provinceOf(unit).replace(/^Thành phố /, '');
  return 'Hà Nội';
}

const signers: Record<OrgUnitKind, Signer> = {
  ministry: { title: 'BỘ TRƯỞNG', name: '' },
  department: { title: 'GIÁM ĐỐC', name: '' },
  commune: { authorityPrefix: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' },
  district_office: { title: 'TRƯỞNG PHÒNG', name: '' },
  school: { title: 'HIỆU TRƯỞNG', name: '' },
  partner: { title: 'THỦ TRƯỞNG ĐƠN VỊ', name: '' },
};

/**
 * The header block, place and signer of a document a unit issues, from its place in the tree
 * (`ancestors` root first, the unit last): a school under its ward's People's Committee, a ward as its
 * People's Committee, a Sở under its province's. The signer's name is left for the head to write.
 */
export function unitLetterhead(
  ancestors: LetterheadUnit[],
): Pick<OfficialDocument, 'authority' | 'issuer' | 'place' | 'signer'> {
  const unit = ancestors.at(-1);
  if (!unit) throw new Error('a letterhead needs the issuing unit');
  const authority = governingBody(unit, ancestors.at(-2));
  const issuer =
    unit.kind === 'commune' ? `ỦY BAN NHÂN DÂN\n${printedUpper(unit.name)}` : printedUpper(unit.name);
  const locality = [...ancestors]
    .reverse()
    .find((candidate) => candidate.kind === 'commune' || candidate.kind === 'department');
  return {
    authority: authority ? [printedUpper(authority)] : [],
    issuer: issuerUnderAuthority(issuer, authority && printedUpper(authority)),
    place: placeName(locality ?? unit),
    signer: signers[unit.kind],
  };
}
