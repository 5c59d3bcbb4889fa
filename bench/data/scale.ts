export const scales = ['small', 'province', 'national'] as const;
export type Scale = (typeof scales)[number];

/** Hà Nội: its Sở and the demo accounts so.hanoi, xa.hoangmai, truong.hoangmai live there. */
export const BENCH_PROVINCE_CODE = '01';

export interface ScaleShape {
  /** Provinces that get generated schools; null means all 34. */
  provinceCodes: string[] | null;
  /** Schools generated nationally before each province's share is taken (the real sector has ~54,000). */
  nationalSchools: number;
  /** A cap on the generated schools of a province (small keeps only a handful). */
  schoolsPerProvinceCap: number;
  /** School reporters with their own account, for the concurrent-submission benchmark. */
  reporterAccounts: number;
}

export const scaleShapes: Record<Scale, ScaleShape> = {
  national: {
    provinceCodes: null,
    nationalSchools: 54_000,
    schoolsPerProvinceCap: 2_500,
    reporterAccounts: 400,
  },
  province: {
    provinceCodes: [BENCH_PROVINCE_CODE],
    nationalSchools: 54_000,
    schoolsPerProvinceCap: 2_500,
    reporterAccounts: 400,
  },
  small: {
    provinceCodes: [BENCH_PROVINCE_CODE],
    nationalSchools: 54_000,
    schoolsPerProvinceCap: 20,
    reporterAccounts: 8,
  },
};

export function parseScale(value: string | undefined): Scale {
  const scale = value ?? 'national';
  if (!(scales as readonly string[]).includes(scale)) throw new Error(`unknown scale ${scale}`);
  return scale as Scale;
}
