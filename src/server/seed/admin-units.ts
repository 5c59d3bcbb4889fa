import { officialToneMarks } from './tone-marks.js';

export interface Ward {
  /** Official five-digit code, e.g. '00331'. */
  code: string;
  /** Without the type, e.g. 'Hoàng Mai'. */
  name: string;
  /** With the type, e.g. 'Phường Hoàng Mai'. */
  fullName: string;
}

export interface Province {
  /** Official two-digit code, e.g. '01'. */
  code: string;
  name: string;
  fullName: string;
  wards: Ward[];
}

/** The 34 provinces and their 3,321 wards and communes (see data/vn-admin-units/README.md). */
export async function loadProvinces(): Promise<Province[]> {
  // Loaded on demand: a start that finds the units already imported does not parse the file.
  const { default: source } = await import('./data/vn-admin-units/units-2025.json', {
    with: { type: 'json' },
  });
  return source.map((province) => ({
    code: province.Code,
    name: officialToneMarks(province.Name),
    fullName: officialToneMarks(province.FullName),
    wards: province.Wards.map((ward) => ({
      code: ward.Code,
      name: officialToneMarks(ward.Name),
      fullName: officialToneMarks(ward.FullName),
    })),
  }));
}
