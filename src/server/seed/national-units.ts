import type { OrgService } from '../modules/org/service.js';
import type { ImportSummary, UnitSource } from '../modules/org/unit-import.js';
import { loadProvinces, type Province } from './admin-units.js';

export const NATIONAL_SOURCE = 'vn-admin-units/units-2025.json';
export const MINISTRY_CODE = 'BGDDT';
/** The day the two-level local government (province, commune) replaced districts. */
export const REORGANISED_ON = '2025-07-01';

export const departmentCode = (provinceCode: string) => `SGD-${provinceCode}`;

/** The city's department is named with "Thành phố": "Hồ Chí Minh" alone names the man. */
const departmentPlace = (province: Province) =>
  province.name === 'Hồ Chí Minh' ? province.fullName : province.name;

/** The ministry, one Sở GD&ĐT per province and one unit per ward or commune, parents first. */
export function nationalUnits(provinces: Province[]): UnitSource[] {
  const ministry: UnitSource = {
    code: MINISTRY_CODE,
    name: 'Bộ Giáo dục và Đào tạo',
    shortName: 'Bộ GD&ĐT',
    kind: 'ministry',
    parentCode: null,
    // The ministry in its present form dates from the 1990 merger, long before the reorganisation.
    validFrom: '1990-03-31',
  };
  const departments = provinces.map(
    (province): UnitSource => ({
      code: departmentCode(province.code),
      name: `Sở Giáo dục và Đào tạo ${departmentPlace(province)}`,
      shortName: `Sở GD&ĐT ${departmentPlace(province)}`,
      kind: 'department',
      parentCode: MINISTRY_CODE,
      validFrom: REORGANISED_ON,
      provinceCode: province.code,
    }),
  );
  const communes = provinces.flatMap((province) =>
    province.wards.map(
      (ward): UnitSource => ({
        code: ward.code,
        name: ward.fullName,
        shortName: ward.fullName,
        kind: 'commune',
        parentCode: departmentCode(province.code),
        validFrom: REORGANISED_ON,
        provinceCode: province.code,
      }),
    ),
  );
  return [ministry, ...departments, ...communes];
}

export async function importNationalUnits(org: OrgService): Promise<ImportSummary> {
  return org.importUnits(NATIONAL_SOURCE, nationalUnits(await loadProvinces()));
}

/** Imports the national list into a database that does not hold it yet; null when it already does. */
export async function ensureNationalUnits(org: OrgService): Promise<ImportSummary | null> {
  if (await org.codeExists(MINISTRY_CODE)) return null;
  return importNationalUnits(org);
}
