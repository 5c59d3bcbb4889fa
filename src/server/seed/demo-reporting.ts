import type { PlanContent } from '../../contract/plans/content.js';
import type { FieldType } from '../../contract/reporting/fields.js';
import type { PeopleService } from '../modules/people/service.js';
import type { PlanService } from '../modules/plans/service.js';
import type { SubmittedValue } from '../modules/reporting/field-values.js';
import type { HistoricalOutcome, ReportingService } from '../modules/reporting/service.js';
import { actingAs } from './acting-as.js';
import { DEMO_THCS_HOANG_MAI_CODE } from './demo-units.js';
import { departmentCode } from './national-units.js';

interface Services {
  plans: PlanService;
  people: PeopleService;
  reporting: ReportingService;
}

/** Kế hoạch 296/KH-SGDĐT of Sở GD&ĐT Hà Nội, which the Hoàng Mai seed plan implements. */
const hanoiOnlineCulture: PlanContent = {
  typeName: 'KẾ HOẠCH',
  title:
    'Xây dựng văn hóa ứng xử trên không gian mạng của ngành Giáo dục và Đào tạo thành phố Hà Nội giai đoạn 2021 - 2025',
  number: 296,
  symbol: 'KH-SGDĐT',
  place: 'Hà Nội',
  issuedOn: '2022-01-28',
  periodStartYear: 2021,
  periodEndYear: 2025,
  schoolYear: false,
  authorityLine: 'UBND THÀNH PHỐ HÀ NỘI',
  legalBases: [],
  sections: [],
  objectives: [
    {
      kind: 'specific',
      text: 'Xây dựng văn hóa ứng xử trên không gian mạng trong các cơ sở giáo dục',
      indicators: [
        {
          name: 'Cơ sở giáo dục ban hành kế hoạch xây dựng văn hóa ứng xử trên không gian mạng',
          measure: 'percent_of_units',
          computation: 'Cơ sở giáo dục đã ban hành kế hoạch / tổng số cơ sở giáo dục',
          targets: [{ year: 2025, value: 100 }],
        },
        {
          name: 'Học sinh được tuyên truyền, hướng dẫn kỹ năng ứng xử an toàn trên không gian mạng',
          measure: 'percent_of_people',
          computation: null,
          targets: [{ year: 2025, value: 100 }],
        },
        {
          name: 'Cán bộ, giáo viên được tập huấn về văn hóa ứng xử trên không gian mạng',
          measure: 'percent_of_people',
          computation: null,
          targets: [{ year: 2025, value: 90 }],
        },
        {
          name: 'Số buổi sinh hoạt chuyên đề, ngoại khóa về văn hóa ứng xử trên không gian mạng',
          measure: 'count',
          computation: null,
          targets: [],
        },
      ],
    },
  ],
  indicators: [],
  tasks: [],
  responsibilities: [],
  funding: [],
  reporting: [
    {
      what: 'Báo cáo kết quả thực hiện Kế hoạch',
      to: 'Sở Giáo dục và Đào tạo Hà Nội',
      deadline: 'trước ngày 10/12 hằng năm',
      channel: 'Hệ thống quản lý văn bản',
    },
  ],
  annexes: [],
  recipients: [],
  archiveNote: 'VT, CTTT',
  signer: { authorityLines: [{ prefix: 'KT.', text: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: null },
};

/** Deterministic outcome of the n-th school's report in the closed Thanh Hóa round. */
type Outcome = 'approved_by_commune' | 'approved' | 'submitted' | 'late' | 'returned' | 'missing';
const OUTCOMES: Outcome[] = [
  ...Array<Outcome>(8).fill('approved_by_commune'),
  'approved',
  'approved',
  'submitted',
  'submitted',
  'submitted',
  'late',
  'late',
  'returned',
  'missing',
  'missing',
  'missing',
  'approved_by_commune',
];

const narrativeOf = (index: number) => ({
  results: 'Tổ chức tuyên truyền về an toàn thông tin trong các tiết sinh hoạt lớp và ngoại khóa.',
  limitations: index % 3 === 0 ? 'Thiếu cán bộ chuyên trách công nghệ thông tin.' : '',
  proposals: index % 4 === 0 ? 'Đề nghị Sở tổ chức tập huấn cho giáo viên tin học.' : '',
});

/** Plausible, repeatable answers: most schools say yes, shares between 60 % and 100 %. */
function valueFor(index: number) {
  return (type: FieldType, position: number): SubmittedValue => {
    const denominator = 30 + ((index * 7 + position * 13) % 60);
    if (type === 'percent') {
      return { numerator: Math.round(denominator * (0.6 + ((index + position) % 5) * 0.1)), denominator };
    }
    if (type === 'yes_no') return (index + position) % 7 !== 0;
    if (type === 'text') return '';
    return 3 + (index % 9);
  };
}

function historicalOutcome(
  index: number,
  parentUnitId: number | null,
  departmentId: number,
): HistoricalOutcome | null {
  const outcome = OUTCOMES[index % OUTCOMES.length] as Outcome;
  if (outcome === 'missing') return null;
  const submittedAt =
    outcome === 'late' ? `2026-06-1${index % 9}T02:30:00.000Z` : `2026-05-${20 + (index % 10)}T03:00:00.000Z`;
  return {
    status: outcome === 'approved' ? 'approved' : outcome === 'returned' ? 'returned' : 'submitted',
    submittedAt,
    late: outcome === 'late',
    approvedThroughUnitId:
      outcome === 'approved' ? departmentId : outcome === 'approved_by_commune' ? parentUnitId : null,
    returnReason: outcome === 'returned' ? 'Số liệu học sinh được tuyên truyền chưa khớp với sĩ số.' : null,
    narrative: narrativeOf(index),
    valueOf: valueFor(index),
  };
}

/** The closed Thanh Hóa round of the last school year, with a realistic mix of outcomes. */
async function seedThanhHoaHistory(services: Services, thanhHoaPlanId: string) {
  const specialist = await actingAs(services.people, 'so.thanhhoa');
  const form = await services.reporting.createForm(specialist, {
    planId: thanhHoaPlanId,
    extraQuestions: [],
  });
  const thanhHoa = await services.people.findUnitByCode(departmentCode('38'));
  if (!thanhHoa) throw new Error('Sở GD&ĐT Thanh Hóa is missing');
  const round = await services.reporting.createRound(specialist, {
    formId: form.id,
    title: 'Báo cáo kết quả năm học 2025-2026',
    periodKind: 'school_year',
    periodStart: '2025-09-01',
    periodEnd: '2026-05-31',
    targetYear: 2025,
    units: { under: thanhHoa.public_id, kinds: ['school'] },
    deadlines: [{ unitKind: 'school', dueOn: '2026-06-05' }],
  });
  await services.reporting.enterHistory(round.id, '2026-06-30T10:00:00.000Z', ({ index, parentUnitId }) =>
    historicalOutcome(index, parentUnitId, thanhHoa.id),
  );
}

/**
 * The open Hà Nội round of this school year on plan 296/KH-SGDĐT: schools report by 01/12, and the
 * report of Trường THCS Hoàng Mai is a draft its principal has started, to be reviewed by Phường
 * Hoàng Mai and then the Sở.
 */
async function seedHanoiOpenRound(services: Services) {
  const hanoi = await services.people.findUnitByCode(departmentCode('01'));
  const school = await services.people.findUnitByCode(DEMO_THCS_HOANG_MAI_CODE);
  if (!hanoi || !school) throw new Error('demo units of Hà Nội are missing');
  const plan = await services.plans.enterIssued(hanoi, hanoiOnlineCulture);
  const specialist = await actingAs(services.people, 'so.hanoi');
  const form = await services.reporting.createForm(specialist, {
    planId: plan.public_id,
    title: 'Báo cáo kết quả xây dựng văn hóa ứng xử trên không gian mạng năm học 2026-2027',
    extraQuestions: [{ label: 'Mô hình, cách làm hay của đơn vị', type: 'text' }],
  });
  const round = await services.reporting.createRound(specialist, {
    formId: form.id,
    title: 'Văn hóa ứng xử trên không gian mạng — học kỳ I năm học 2026-2027',
    periodKind: 'semester',
    periodStart: '2026-09-01',
    periodEnd: '2027-01-15',
    targetYear: 2025,
    units: { under: hanoi.public_id, kinds: ['school'] },
    deadlines: [{ unitKind: 'school', dueOn: '2026-12-01' }],
  });
  const principal = await actingAs(services.people, 'truong.hoangmai');
  const { items } = await services.reporting.listReports(principal, {
    round: round.id,
    limit: 10,
    offset: 0,
  });
  const draft = items.find((item) => item.unit.id === school.public_id);
  if (!draft) throw new Error('the Hoàng Mai school has no report in the demo round');
  const report = await services.reporting.getReport(principal, draft.id);
  const [hasPlan, students] = form.fields;
  await services.reporting.updateReport(principal, draft.id, {
    version: report.version,
    values: {
      ...(hasPlan ? { [hasPlan.indicatorId]: true } : {}),
      ...(students ? { [students.indicatorId]: { numerator: 812, denominator: 905 } } : {}),
    },
    narrative: {
      results: 'Nhà trường đã ban hành kế hoạch và tổ chức 2 buổi ngoại khóa cho học sinh khối 6, 7.',
    },
  });
}

export async function seedDemoReporting(services: Services, thanhHoaPlanId: string): Promise<void> {
  await seedThanhHoaHistory(services, thanhHoaPlanId);
  await seedHanoiOpenRound(services);
}
