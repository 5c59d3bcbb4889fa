import { midSentence } from '../core/text/mid-sentence.js';
import type { OrgService } from '../modules/org/service.js';
import type { ImportSummary, SuccessionSource, UnitSource } from '../modules/org/unit-import.js';
import { loadProvinces, type Province, type Ward } from './admin-units.js';
import { departmentCode, REORGANISED_ON } from './national-units.js';

export const DEMO_SOURCE = 'demo';
/** Trường THCS Hoàng Mai, under Phường Hoàng Mai (Hà Nội). */
export const DEMO_THCS_HOANG_MAI_CODE = 'THCS-00331';
/** Phòng GD&ĐT quận Hoàng Mai (old district code 008), closed when districts were dissolved. */
export const HOANG_MAI_DISTRICT_OFFICE_CODE = 'PGD-01-008';

const DEMO_PROVINCE_CODES = ['01', '38', '51', '79'];
const COMMUNES_PER_PROVINCE = 20;
/** The wards that took over from Hoàng Mai district on 1 July 2025. */
const HOANG_MAI_SUCCESSOR_WARDS = [
  'Phường Hoàng Mai',
  'Phường Vĩnh Hưng',
  'Phường Định Công',
  'Phường Hoàng Liệt',
  'Phường Yên Sở',
  'Phường Lĩnh Nam',
  'Phường Tương Mai',
];
const PRIVATE_SCHOOL_NAMES = ['Hoa Sen', 'Ánh Dương', 'Sao Mai', 'Họa Mi', 'Tuổi Thơ', 'Ngôi Sao'];

const isCity = (province: Province) => province.fullName.startsWith('Thành phố');

function hoangMaiWards(hanoi: Province): Ward[] {
  return hanoi.wards.filter((ward) => HOANG_MAI_SUCCESSOR_WARDS.includes(ward.fullName));
}

/** The first communes of the province in official order, and in Hà Nội the wards of old Hoàng Mai. */
function demoCommunes(province: Province): Ward[] {
  const chosen = province.wards.slice(0, COMMUNES_PER_PROVINCE);
  if (province.code !== '01') return chosen;
  return [...chosen, ...hoangMaiWards(province).filter((ward) => !chosen.includes(ward))];
}

function schoolsOf(province: Province): UnitSource[] {
  const department = departmentCode(province.code);
  const school = (unit: Omit<UnitSource, 'kind' | 'validFrom' | 'provinceCode' | 'shortName'>) => ({
    ...unit,
    shortName: unit.name.replace(/^Trường /, ''),
    kind: 'school' as const,
    validFrom: REORGANISED_ON,
    provinceCode: province.code,
  });
  const communes = demoCommunes(province);
  const underCommunes = communes.flatMap((commune, index) => {
    const address = `${commune.fullName}, ${province.fullName}`;
    const atCommune = { parentCode: commune.code, address, ownership: 'public' as const };
    const schools = [
      school({
        ...atCommune,
        code: `MN-${commune.code}`,
        name: `Trường Mầm non ${commune.name}`,
        schoolLevel: 'mam_non',
      }),
      school({
        ...atCommune,
        code: `TH-${commune.code}`,
        name: `Trường Tiểu học ${commune.name}`,
        schoolLevel: 'tieu_hoc',
      }),
      school({
        ...atCommune,
        code: `THCS-${commune.code}`,
        name: `Trường THCS ${commune.name}`,
        schoolLevel: 'thcs',
      }),
    ];
    if (index % 3 === 0) {
      const brand = PRIVATE_SCHOOL_NAMES[(index / 3) % PRIVATE_SCHOOL_NAMES.length];
      schools.push(
        school({
          ...atCommune,
          code: `MN-${commune.code}-TT`,
          name: `Trường Mầm non tư thục ${brand} ${commune.name}`,
          schoolLevel: 'mam_non',
          ownership: 'private',
        }),
      );
    }
    return schools;
  });
  const atDepartment = (commune: Ward) => ({
    parentCode: department,
    address: `${commune.fullName}, ${province.fullName}`,
  });
  const upperSecondary = communes
    .filter((_, index) => index % 4 === 0)
    .map((commune) =>
      school({
        ...atDepartment(commune),
        code: `THPT-${commune.code}`,
        name: `Trường THPT ${commune.name}`,
        schoolLevel: 'thpt',
        ownership: 'public',
      }),
    );
  const [first, second] = communes;
  const directlyUnderDepartment =
    first && second
      ? [
          school({
            ...atDepartment(first),
            code: `GDTX-${first.code}`,
            name: `Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên ${first.name}`,
            schoolLevel: 'gdtx',
            ownership: 'public',
          }),
          school({
            ...atDepartment(second),
            code: `LC-${second.code}`,
            name: `Trường Tiểu học, THCS và THPT Ngôi Sao ${second.name}`,
            schoolLevel: 'lien_cap',
            ownership: 'private',
          }),
        ]
      : [];
  return [...underCommunes, ...upperSecondary, ...directlyUnderDepartment];
}

/** Organisations outside the sector that plans name as lead or cooperating units. */
function partnersOf(province: Province): UnitSource[] {
  const partner = (code: string, name: string): UnitSource => ({
    code: `${code}-${province.code}`,
    name,
    shortName: name,
    kind: 'partner',
    parentCode: departmentCode(province.code),
    validFrom: REORGANISED_ON,
    provinceCode: province.code,
  });
  return [
    partner('CA', `Công an ${midSentence(province.fullName)}`),
    partner('DOAN', `${isCity(province) ? 'Thành đoàn' : 'Tỉnh đoàn'} ${province.name}`),
    partner('PN', `Hội Liên hiệp Phụ nữ ${midSentence(province.fullName)}`),
  ];
}

/**
 * Demo units on top of the national list: schools of every level and partners in four provinces,
 * and the closed Phòng GD&ĐT quận Hoàng Mai that old plans name as issuer. The national list has no
 * district level at all, so this one district office is demo data rather than part of that import.
 */
export function demoUnits(provinces: Province[]): { units: UnitSource[]; successions: SuccessionSource[] } {
  const demoProvinces = provinces.filter((province) => DEMO_PROVINCE_CODES.includes(province.code));
  const hanoi = provinces.find((province) => province.code === '01');
  const districtOffice: UnitSource = {
    code: HOANG_MAI_DISTRICT_OFFICE_CODE,
    name: 'Phòng Giáo dục và Đào tạo quận Hoàng Mai',
    shortName: 'Phòng GD&ĐT quận Hoàng Mai',
    kind: 'district_office',
    parentCode: departmentCode('01'),
    validFrom: '2005-01-01',
    validTo: '2025-06-30',
    provinceCode: '01',
  };
  return {
    units: [
      districtOffice,
      ...demoProvinces.flatMap((province) => [...schoolsOf(province), ...partnersOf(province)]),
    ],
    successions: (hanoi ? hoangMaiWards(hanoi) : []).map((ward) => ({
      predecessorCode: HOANG_MAI_DISTRICT_OFFICE_CODE,
      successorCode: ward.code,
      effectiveOn: REORGANISED_ON,
    })),
  };
}

/** Adds the demo units; the national list must already be imported. */
export async function seedDemoUnits(org: OrgService): Promise<ImportSummary> {
  const { units, successions } = demoUnits(await loadProvinces());
  return org.importUnits(DEMO_SOURCE, units, successions);
}
