import { readFile } from 'node:fs/promises';
import type { PlanContent } from '../../contract/plans/content.js';
import { repositoryPath } from '../core/repository-path.js';
import type { PeopleService } from '../modules/people/service.js';
import type { CascadeService } from '../modules/plans/cascade-service.js';
import { parsePlanText } from '../modules/plans/import/parse-plan-text.js';
import type { PlanService } from '../modules/plans/service.js';
import { loadProvinces } from './admin-units.js';
import { hoangMaiVanHoa, type PlanDetails, quangNgai316, thanhHoaAttt } from './demo-plan-details.js';
import { HOANG_MAI_DISTRICT_OFFICE_CODE } from './demo-units.js';
import { departmentCode } from './national-units.js';

/** The Thanh Hóa plan asks its units to plan every year (VI.3); the 2025 round is the demo cascade. */
const CASCADE_DUE_ON = '2025-09-30';
const ON_TIME = '2025-09-15';
const LATE = '2025-10-20';
/** Schools of the first three demo communes of Thanh Hóa: all on time, a mix, none. */
const CASCADE_COMMUNES = 3;

const seedText = (name: string) => readFile(repositoryPath(`src/server/seed/data/plans/${name}.txt`), 'utf8');

interface Services {
  plans: PlanService;
  planCascade: CascadeService;
  people: PeopleService;
}

async function unitByCode(people: PeopleService, code: string) {
  const unit = await people.findUnitByCode(code);
  if (!unit) throw new Error(`demo unit ${code} is missing`);
  return unit;
}

async function enterSeed(services: Services, file: string, issuerCode: string, details: PlanDetails) {
  const { content } = parsePlanText(await seedText(file), 2021);
  const issuer = await unitByCode(services.people, issuerCode);
  return services.plans.enterIssued(issuer, { ...content, ...details });
}

/**
 * The three seed plans as issued plans of their issuers, the Thanh Hóa one cascaded to the schools
 * of a few communes that issued their own plans on time, late, or not at all.
 */
export async function seedDemoPlans(services: Services): Promise<{ thanhHoaPlanId: string }> {
  const thanhHoa = await enterSeed(
    services,
    '000-thanh-hoa-attt-2021-2025',
    departmentCode('38'),
    thanhHoaAttt,
  );
  await enterSeed(services, '001-hoang-mai-van-hoa-ung-xu', HOANG_MAI_DISTRICT_OFFICE_CODE, hoangMaiVanHoa);
  await enterSeed(services, '004-quang-ngai-316-kh-sgddt', departmentCode('51'), quangNgai316);

  const province = (await loadProvinces()).find((candidate) => candidate.code === '38');
  const communes = await Promise.all(
    (province?.wards ?? []).slice(0, CASCADE_COMMUNES).map((ward) => unitByCode(services.people, ward.code)),
  );
  await services.planCascade.enterRequirements(
    thanhHoa.id,
    communes.map((commune) => commune.path),
    ['school'],
    CASCADE_DUE_ON,
  );
  const [allOnTime, mixed] = communes;
  const schoolsOf = async (commune: (typeof communes)[number] | undefined) =>
    commune ? services.plans.unitsBelow(commune.path, 'school') : [];
  const issued = [
    ...(await schoolsOf(allOnTime)).map((school) => ({ school, issuedOn: ON_TIME })),
    ...(await schoolsOf(mixed))
      .slice(0, 2)
      .map((school, index) => ({ school, issuedOn: index === 0 ? ON_TIME : LATE })),
  ];
  for (const { school, issuedOn } of issued) {
    await services.plans.enterIssued(
      school,
      implementingContent(school.name, issuedOn, thanhHoa.public_id),
      thanhHoa.id,
    );
  }
  return { thanhHoaPlanId: thanhHoa.public_id };
}

function implementingContent(schoolName: string, issuedOn: string, parentPlanId: string): PlanContent {
  return {
    typeName: 'KẾ HOẠCH',
    title: `Tuyên truyền, phổ biến kiến thức và kỹ năng bảo đảm an toàn thông tin năm 2025 của ${schoolName}`,
    number: 1,
    symbol: 'KH-TH',
    place: null,
    issuedOn,
    periodStartYear: 2025,
    periodEndYear: 2025,
    schoolYear: false,
    authorityLine: null,
    legalBases: [
      {
        text: 'Thực hiện Kế hoạch tuyên truyền, nâng cao nhận thức, phổ biến kiến thức và đào tạo nguồn nhân lực an toàn thông tin giai đoạn 2021 - 2025 của Sở Giáo dục và Đào tạo Thanh Hóa',
        planId: parentPlanId,
      },
    ],
    sections: [],
    objectives: [],
    indicators: [],
    tasks: [],
    responsibilities: [],
    funding: [],
    reporting: [],
    annexes: [],
    recipients: [],
    archiveNote: 'VT',
    signer: { authorityLines: [], title: 'HIỆU TRƯỞNG', name: null },
  };
}
