import type { OrgUnitKind } from '../../src/contract/org.js';
import type { Report, ReportForm, ReportingRound, Rollup } from '../../src/contract/reporting/reports.js';
import { planDraft } from '../../src/server/modules/plans/plan-test-support.js';
import { createReportingRepository } from '../../src/server/modules/reporting/repository.js';
import { toRollupIndicator } from '../../src/server/modules/reporting/rollup-view.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../src/server/seed/demo-units.js';
import { departmentCode } from '../../src/server/seed/national-units.js';
import type { DemoApp } from './demo-app.js';
import type { HttpClient } from './http-client.js';

export const SCHOOL_DEADLINE = '2026-12-01';

/** Who reports in a round and by when; schools only unless said otherwise. */
export interface RoundLevels {
  kinds: OrgUnitKind[];
  deadlines: { unitKind: OrgUnitKind; dueOn: string }[];
}

const SCHOOLS_ONLY: RoundLevels = {
  kinds: ['school'],
  deadlines: [{ unitKind: 'school', dueOn: SCHOOL_DEADLINE }],
};

/**
 * An issued plan of Sở GD&ĐT Hà Nội with three indicators (percent of units, percent of people, a
 * count) targeted for 2026, its report form with one extra question, and an open school-year round
 * in which every school of Hà Nội reports (and the other levels given).
 */
export async function openHanoiSchoolRound(
  t: DemoApp,
  clients: { admin: HttpClient; sở: HttpClient },
  levels: RoundLevels = SCHOOLS_ONLY,
): Promise<{ planId: string; form: ReportForm; round: ReportingRound }> {
  const hanoi = await t.unitId(departmentCode('01'));
  const plan = await clients.admin.post('/api/plans', {
    issuerId: hanoi,
    ...planDraft({
      periodStartYear: 2025,
      periodEndYear: 2026,
      objectives: [
        {
          kind: 'specific',
          text: 'Các trường triển khai giáo dục an toàn trên mạng',
          indicators: [
            {
              name: 'Trường có kế hoạch tuyên truyền ATTT',
              measure: 'percent_of_units',
              targets: [{ year: 2026, value: 90 }],
            },
            {
              name: 'Giáo viên được tập huấn ATTT',
              measure: 'percent_of_people',
              targets: [{ year: 2026, value: 80 }],
            },
            {
              name: 'Số buổi ngoại khóa về an toàn trên mạng',
              measure: 'count',
              targets: [{ year: 2026, value: 500 }],
            },
          ],
        },
      ],
    }),
  });
  const planId = plan.json<{ id: string }>().id;
  await clients.admin.post(`/api/plans/${planId}/submit-for-review`);
  await clients.admin.post(`/api/plans/${planId}/issue`, {});

  const form = (
    await clients.sở.post('/api/report-forms', {
      planId,
      extraQuestions: [{ label: 'Ghi chú khác', type: 'text' }],
    })
  ).json<ReportForm>();
  return {
    planId,
    form,
    round: await openSchoolRound(
      clients.sở,
      schoolYearRound(form.id, hanoi, {
        units: { under: hanoi, kinds: levels.kinds },
        deadlines: levels.deadlines,
      }),
    ),
  };
}

/** The school-year round of every school under a unit, as the fixture opens it; change what a test needs. */
export const schoolYearRound = (formId: string, under: string, changes: Record<string, unknown> = {}) => ({
  formId,
  title: 'Báo cáo năm học 2025-2026',
  periodKind: 'school_year',
  periodStart: '2025-09-01',
  periodEnd: '2026-05-31',
  targetYear: 2026,
  units: { under, kinds: ['school'] },
  deadlines: [{ unitKind: 'school', dueOn: SCHOOL_DEADLINE }],
  ...changes,
});

export async function openSchoolRound(
  client: HttpClient,
  request: ReturnType<typeof schoolYearRound>,
): Promise<ReportingRound> {
  const created = await client.post('/api/reporting-rounds', request);
  if (created.statusCode !== 201) throw new Error(`round fixture: ${created.body}`);
  return created.json<ReportingRound>();
}

/** The report of Trường THCS Hoàng Mai in a round, as the client sees it. */
export async function reportIdOfUnit(client: HttpClient, roundId: string, unitId: string): Promise<string> {
  const { items } = (await client.get(`/api/reports?round=${roundId}&limit=500`)).json<{
    items: { id: string; unit: { id: string } }[];
  }>();
  const report = items.find((item) => item.unit.id === unitId);
  if (!report) throw new Error('the unit has no report in the round');
  return report.id;
}

/** The report of Trường THCS Hoàng Mai in the round, as the school's principal reads it now. */
export async function hoangMaiSchoolReport(
  t: DemoApp,
  principal: HttpClient,
  roundId: string,
): Promise<Report> {
  const id = await reportIdOfUnit(principal, roundId, await t.unitId(DEMO_THCS_HOANG_MAI_CODE));
  return (await principal.get(`/api/reports/${id}`)).json<Report>();
}

/**
 * The draft of Trường THCS Hoàng Mai in a freshly opened Hà Nội round, with sessions of the school
 * (which fills it), its ward (which reviews it) and Sở Thanh Hóa (which must not see it).
 */
export async function hoangMaiSchoolDraft(t: DemoApp) {
  const [admin, sở, principal, commune, otherProvince] = await Promise.all([
    t.signIn('admin'),
    t.signIn('so.hanoi'),
    t.signIn('truong.hoangmai'),
    t.signIn('xa.hoangmai'),
    t.signIn('so.thanhhoa'),
  ]);
  const { round } = await openHanoiSchoolRound(t, { admin, sở });
  const reportId = await reportIdOfUnit(principal, round.id, await t.unitId(DEMO_THCS_HOANG_MAI_CODE));
  return { principal, commune, otherProvince, reportId };
}

/**
 * A unit's roll-up of a round added up from the reports and values themselves, to compare with the one
 * the API reads from the cells (asking for predecessors reads the reports directly).
 */
export async function rollupFromReports(
  t: DemoApp,
  roundId: string,
  unitId: string,
): Promise<Rollup['indicators']> {
  const repository = createReportingRepository(t.database.handle.db);
  const [round, unit] = await Promise.all([repository.findRound(roundId), repository.findUnit(unitId)]);
  if (!round || !unit) throw new Error('round or unit missing');
  const rows = await repository.rollup(round, {
    kind: 'subtree',
    underPath: unit.path,
    withPredecessors: true,
  });
  return rows.map(toRollupIndicator);
}
