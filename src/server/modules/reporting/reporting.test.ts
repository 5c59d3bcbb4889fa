import ExcelJS from 'exceljs';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import {
  hoangMaiSchoolReport,
  openHanoiSchoolRound,
  SCHOOL_DEADLINE,
  schoolYearRound,
} from '../../../../test/support/reporting-fixtures.js';
import type { Report, ReportForm, ReportingRound, Rollup } from '../../../contract/reporting/reports.js';
import { migrations } from '../../migrations/index.js';
import { PHUONG_HOANG_MAI_CODE } from '../../seed/demo.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../seed/demo-units.js';
import { departmentCode } from '../../seed/national-units.js';
import { planDraft } from '../plans/plan-test-support.js';

let t: DemoApp;
let admin: HttpClient;
let sở: HttpClient;
let commune: HttpClient;
let principal: HttpClient;
let form: ReportForm;
let round: ReportingRound;

beforeAll(async () => {
  t = await startDemoApp();
  [admin, sở, commune, principal] = await Promise.all([
    t.signIn('admin'),
    t.signIn('so.hanoi'),
    t.signIn('xa.hoangmai'),
    t.signIn('truong.hoangmai'),
  ]);
  ({ form, round } = await openHanoiSchoolRound(t, { admin, sở }));
});
afterAll(() => t.close());

const fieldIds = () => {
  const [units, people, count, note] = form.fields.map((field) => field.indicatorId);
  return { units: units as string, people: people as string, count: count as string, note: note as string };
};

const schoolReport = () => hoangMaiSchoolReport(t, principal, round.id);

/** The reports of the round waiting for the client's unit to review them. */
const reviewQueue = async (client: HttpClient) =>
  (await client.get(`/api/reports?round=${round.id}&reviewBy=me`)).json<{
    items: { id: string }[];
    total: number;
  }>();

describe('report forms derived from a plan', () => {
  it('turn each indicator into the field a unit answers, plus the extra questions', () => {
    expect(form.fields.map(({ type, fromPlan }) => ({ type, fromPlan }))).toEqual([
      { type: 'yes_no', fromPlan: true },
      { type: 'percent', fromPlan: true },
      { type: 'count', fromPlan: true },
      { type: 'text', fromPlan: false },
    ]);
  });

  it('made before counts took whole numbers only, ask counts after migration 0021, and numbers again below it', async () => {
    const migrator = new Migrator({
      db: t.database.handle.db,
      provider: { getMigrations: async () => migrations },
    });
    // Read from the table: the running app keeps a form version's fields, which no write changes.
    const typesOfForm = async () =>
      (
        await t.database.handle.db
          .selectFrom('report_form_fields as f')
          .innerJoin('report_forms as rf', 'rf.id', 'f.form_id')
          .where('rf.public_id', '=', form.id)
          .orderBy('f.position')
          .select('f.type')
          .execute()
      ).map((field) => field.type);
    expect((await migrator.migrateTo('0020_yes_no_targets_of_no')).error).toBeUndefined();
    expect(await typesOfForm()).toEqual(['yes_no', 'percent', 'number', 'text']);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect(await typesOfForm()).toEqual(['yes_no', 'percent', 'count', 'text']);
  });
});

describe('a report’s fields', () => {
  it('carry the plan’s target for the round’s year, a share of units for a yes/no, none for an extra question', async () => {
    const report = await schoolReport();
    expect(report.fields.map((field) => field.target)).toEqual([90, 80, 500, null]);
  });
});

describe('opening a round', () => {
  it('expects one report per school of the province, each with the deadline of its level', async () => {
    expect(round).toMatchObject({
      status: 'open',
      deadlines: [{ unitKind: 'school', dueOn: SCHOOL_DEADLINE }],
    });
    expect(round.counts.expected).toBeGreaterThan(20);
    expect(round.counts.submitted).toBe(0);
  });

  it('refuses a deadline missing for a level of reporting units', async () => {
    const hanoi = await t.unitId(departmentCode('01'));
    const response = await sở.post(
      '/api/reporting-rounds',
      schoolYearRound(form.id, hanoi, {
        title: 'Thiếu hạn',
        units: { under: hanoi, kinds: ['school', 'commune'] },
      }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('deadline_missing');
  });

  it('refuses a deadline before the period starts, naming the level', async () => {
    const response = await sở.post(
      '/api/reporting-rounds',
      schoolYearRound(form.id, await t.unitId(departmentCode('01')), {
        title: 'Hạn trước kỳ',
        deadlines: [{ unitKind: 'school', dueOn: '2025-08-20' }],
      }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'deadline_before_period',
      detail: expect.stringContaining('school'),
    });
  });

  it('refuses a level due before the level below it, whose reports it gathers', async () => {
    const hanoi = await t.unitId(departmentCode('01'));
    const response = await sở.post(
      '/api/reporting-rounds',
      schoolYearRound(form.id, hanoi, {
        title: 'Xã nộp trước trường',
        units: { under: hanoi, kinds: ['school', 'commune'] },
        deadlines: [
          { unitKind: 'school', dueOn: '2026-12-10' },
          { unitKind: 'commune', dueOn: '2026-12-01' },
        ],
      }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'deadline_before_lower_level',
      detail: expect.stringMatching(/commune.*school/),
    });
  });

  it('refuses reporting units outside the unit that issued the plan', async () => {
    const response = await admin.post(
      '/api/reporting-rounds',
      schoolYearRound(form.id, await t.unitId(departmentCode('38')), { title: 'Ngoài phạm vi kế hoạch' }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('units_outside_plan_issuer');
  });

  it('refuses a form with nothing to report: a plan without indicators and no question of its own', async () => {
    const plan = await admin.post('/api/plans', {
      issuerId: await t.unitId(departmentCode('01')),
      ...planDraft({ objectives: [{ kind: 'general', text: 'Nâng cao nhận thức', indicators: [] }] }),
    });
    const planId = plan.json<{ id: string }>().id;
    await admin.post(`/api/plans/${planId}/submit-for-review`);
    await admin.post(`/api/plans/${planId}/issue`, {});

    const empty = await sở.post('/api/report-forms', { planId, extraQuestions: [] });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().code).toBe('form_without_fields');
    const asked = await sở.post('/api/report-forms', {
      planId,
      extraQuestions: [{ label: 'Số buổi tuyên truyền', type: 'count' }],
    });
    expect(asked.statusCode).toBe(201);
  });

  it('refuses a form on a plan not issued yet', async () => {
    const draft = await admin.post('/api/plans', {
      issuerId: await t.unitId(departmentCode('01')),
      ...planDraft(),
    });
    const response = await sở.post('/api/report-forms', {
      planId: draft.json<{ id: string }>().id,
      extraQuestions: [],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('plan_not_issued');
  });
});

describe('who sees which reports', () => {
  it('a school sees its own report; its commune the reports of its schools; another province none', async () => {
    const own = (await principal.get(`/api/reports?round=${round.id}`)).json<{ total: number }>();
    expect(own.total).toBe(1);
    const communeReports = (await commune.get(`/api/reports?round=${round.id}&limit=500`)).json<{
      total: number;
    }>();
    expect(communeReports.total).toBeGreaterThan(1);
    expect(communeReports.total).toBeLessThan(round.counts.expected);
    const thanhHoa = await t.signIn('so.thanhhoa');
    expect((await thanhHoa.get(`/api/reports?round=${round.id}`)).json<{ total: number }>().total).toBe(0);
    const report = await schoolReport();
    expect((await thanhHoa.get(`/api/reports/${report.id}`)).statusCode).toBe(404);
  });
});

describe('filling a report', () => {
  it.each([
    ['a percent above 100 (numerator above its denominator)', 'people', { numerator: 60, denominator: 50 }],
    ['a negative count', 'count', -3],
    ['a fraction of a count (sessions held)', 'count', 2.5],
    ['a fraction of a person in a percent', 'people', { numerator: 12.5, denominator: 40 }],
    ['text in a number field', 'count', 'mười hai'],
    ['a denominator of zero', 'people', { numerator: 0, denominator: 0 }],
    ['a number for a yes/no question', 'units', 1],
  ] as const)('refuses %s, naming the field, and keeps what was saved', async (_case, field, value) => {
    const before = await schoolReport();
    const response = await principal.put(`/api/reports/${before.id}`, {
      version: before.version,
      values: { [fieldIds()[field]]: value, [fieldIds().note]: 'không được lưu' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'invalid_report_values',
      errors: [{ path: `body.values.${fieldIds()[field]}` }],
    });
    const after = await schoolReport();
    expect(after.version).toBe(before.version);
    expect(after.fields).toEqual(before.fields);
  });

  it('saves values and narrative, computing the percent from numerator and denominator', async () => {
    const report = await schoolReport();
    const response = await principal.put(`/api/reports/${report.id}`, {
      version: report.version,
      values: {
        [fieldIds().units]: true,
        [fieldIds().people]: { numerator: 42, denominator: 50 },
        [fieldIds().count]: 6,
      },
      narrative: { results: 'Tổ chức 6 buổi ngoại khóa về an toàn trên mạng.' },
    });
    expect(response.statusCode).toBe(200);
    const saved = response.json<Report>();
    expect(saved.fields.find((field) => field.indicatorId === fieldIds().people)).toMatchObject({
      value: { numerator: 42, denominator: 50 },
      percent: 84,
    });
    expect(saved.narrative.results).toContain('6 buổi');
    expect(saved.version).toBe(report.version + 1);
  });

  it('keeps the narrative sections a save leaves out', async () => {
    const report = await schoolReport();
    const saved = (
      await principal.put(`/api/reports/${report.id}`, {
        version: report.version,
        narrative: { limitations: 'Thiếu máy chiếu ở hai phòng học.' },
      })
    ).json<Report>();
    expect(saved.narrative).toEqual({
      results: 'Tổ chức 6 buổi ngoại khóa về an toàn trên mạng.',
      limitations: 'Thiếu máy chiếu ở hai phòng học.',
      proposals: '',
    });
  });

  it('answers 409 to a colleague saving over a newer version, keeping the newer values', async () => {
    const report = await schoolReport();
    await principal.put(`/api/reports/${report.id}`, {
      version: report.version,
      values: { [fieldIds().count]: 7 },
    });
    const stale = await principal.put(`/api/reports/${report.id}`, {
      version: report.version,
      values: { [fieldIds().count]: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect((await schoolReport()).fields.find((field) => field.indicatorId === fieldIds().count)?.value).toBe(
      7,
    );
  });

  it('is not editable by the commune that reviews it', async () => {
    const report = await schoolReport();
    const response = await commune.put(`/api/reports/${report.id}`, { version: report.version, values: {} });
    expect(response.statusCode).toBe(403);
  });
});

describe('submission, review and approval up the chain', () => {
  it('a submission locks the report and shows in the roll-up at once', async () => {
    const report = await schoolReport();
    expect(report.abilities).toMatchObject({ edit: true, submit: true });
    const submitted = (await principal.post(`/api/reports/${report.id}/submit`)).json<Report>();
    expect(submitted).toMatchObject({ status: 'submitted', late: false, submittedAt: expect.any(String) });
    expect(submitted.abilities).toEqual({
      edit: false,
      submit: false,
      return: false,
      approve: false,
      unapprove: false,
    });
    const reviewed = (await commune.get(`/api/reports/${report.id}`)).json<Report>();
    expect(reviewed.abilities).toMatchObject({ return: true, approve: true, unapprove: false });
    expect((await reviewQueue(commune)).items).toEqual([expect.objectContaining({ id: report.id })]);
    expect((await reviewQueue(sở)).total).toBe(0);
    expect(
      (await principal.put(`/api/reports/${report.id}`, { version: submitted.version, values: {} })).json()
        .code,
    ).toBe('report_locked');

    const rollup = (await admin.get(`/api/rollups?round=${round.id}`)).json<Rollup>();
    const [units, people, count] = rollup.indicators;
    expect(units).toMatchObject({
      aggregation: 'share_yes',
      value: 100,
      target: 90,
      unitsReported: 1,
      unitsOnTime: 1,
      unitsMeetingTarget: 1,
    });
    expect(people).toMatchObject({ aggregation: 'ratio', value: 84, target: 80, unitsMeetingTarget: 1 });
    expect(count).toMatchObject({ aggregation: 'sum', value: 7, target: 500, unitsMeetingTarget: null });
    expect(units?.unitsExpected).toBe(round.counts.expected);
  });

  it('the Sở cannot approve before the commune has', async () => {
    const report = await schoolReport();
    const response = await sở.post(`/api/reports/${report.id}/approve`);
    expect(response.statusCode).toBe(403);
  });

  it('returning needs a reason, and sends the report back to draft with the reason visible', async () => {
    const report = await schoolReport();
    expect((await commune.post(`/api/reports/${report.id}/return`, {})).statusCode).toBe(400);
    const returned = (
      await commune.post(`/api/reports/${report.id}/return`, { reason: 'Thiếu số liệu tập huấn giáo viên.' })
    ).json<Report>();
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'Thiếu số liệu tập huấn giáo viên.' });
    expect((await schoolReport()).abilities).toMatchObject({ edit: true, submit: true });
  });

  it('a submission carrying the changes not saved yet saves them with it, or neither happens', async () => {
    const returned = await schoolReport();
    const countOf = (report: Report) =>
      report.fields.find((field) => field.indicatorId === fieldIds().count)?.value;
    const send = (body: object) => principal.post(`/api/reports/${returned.id}/submit`, body);

    const refused = await send({ version: returned.version, values: { [fieldIds().count]: -2 } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'invalid_report_values',
      errors: [{ path: `body.values.${fieldIds().count}` }],
    });
    const stale = await send({ version: returned.version - 1, values: { [fieldIds().count]: 9 } });
    expect(stale.json().code).toBe('version_conflict');
    const untouched = await schoolReport();
    expect(untouched).toMatchObject({ status: 'returned', version: returned.version });
    expect(countOf(untouched)).toBe(7);

    const submitted = (
      await send({
        version: returned.version,
        values: { [fieldIds().count]: 9 },
        narrative: { proposals: 'Bổ sung số liệu tập huấn giáo viên.' },
      })
    ).json<Report>();
    expect(submitted).toMatchObject({ status: 'submitted', version: returned.version + 1 });
    expect(countOf(submitted)).toBe(9);
    expect(submitted.narrative).toMatchObject({
      results: expect.stringContaining('6 buổi'),
      proposals: 'Bổ sung số liệu tập huấn giáo viên.',
    });
    const [, , count] = (await admin.get(`/api/rollups?round=${round.id}`)).json<Rollup>().indicators;
    expect(count).toMatchObject({ value: 9, unitsReported: 1 });
  });

  it('two reviewers of the commune approving at the same moment: one wins, the other is told why', async () => {
    const report = await schoolReport();
    const colleague = await t.signIn('xa.hoangmai');
    const answers = await Promise.all([
      commune.post(`/api/reports/${report.id}/approve`),
      colleague.post(`/api/reports/${report.id}/approve`),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    // Later the same: the commune's approval is given, and the report waits for the Sở.
    expect((await colleague.post(`/api/reports/${report.id}/approve`)).statusCode).toBe(409);
    const approved = await schoolReport();
    expect(approved).toMatchObject({ status: 'submitted', approvedThrough: { kind: 'commune' } });
  });

  it('queues a report approved by the commune for the Sở alone, and gives a school no queue', async () => {
    const report = await schoolReport();
    expect((await reviewQueue(sở)).items).toEqual([expect.objectContaining({ id: report.id })]);
    expect((await reviewQueue(commune)).total).toBe(0);
    expect(await reviewQueue(principal)).toEqual({ items: [], total: 0 });
  });

  it('the Sở’s list of reports says which level has approved a report it still has to review', async () => {
    const report = await schoolReport();
    const { items } = (await sở.get(`/api/reports?round=${round.id}`)).json<{
      items: Pick<Report, 'id' | 'approvedThrough'>[];
    }>();
    const listed = items.find((item) => item.id === report.id);
    expect(listed?.approvedThrough).toMatchObject({ kind: 'commune' });
    expect(listed?.approvedThrough).toEqual(report.approvedThrough);
  });

  it('the Sở approves last, completing the report; unapproving needs a reason', async () => {
    const report = await schoolReport();
    expect((await sở.get(`/api/reports/${report.id}`)).json<Report>().abilities).toMatchObject({
      approve: true,
      return: true,
      unapprove: false,
    });
    expect((await commune.get(`/api/reports/${report.id}`)).json<Report>().abilities).toMatchObject({
      approve: false,
      return: false,
      unapprove: true,
    });
    const approved = (await sở.post(`/api/reports/${report.id}/approve`)).json<Report>();
    expect(approved).toMatchObject({ status: 'approved', approvedThrough: { kind: 'department' } });
    expect((await sở.post(`/api/reports/${report.id}/unapprove`, {})).statusCode).toBe(400);
    const withdrawn = (
      await sở.post(`/api/reports/${report.id}/unapprove`, { reason: 'Cần đối chiếu lại số liệu.' })
    ).json<Report>();
    expect(withdrawn).toMatchObject({ status: 'submitted', approvedThrough: { kind: 'commune' } });
  });

  it('a report submitted after its deadline is accepted and marked late', async () => {
    const overdue = await sở.post('/api/reporting-rounds', {
      formId: form.id,
      title: 'Báo cáo nhanh tháng 11',
      periodKind: 'custom',
      periodStart: '2026-11-01',
      periodEnd: '2026-11-15',
      targetYear: 2026,
      units: { under: await t.unitId(PHUONG_HOANG_MAI_CODE), kinds: ['school'] },
      deadlines: [{ unitKind: 'school', dueOn: '2026-11-20' }],
    });
    const { items } = (await principal.get(`/api/reports?round=${overdue.json<ReportingRound>().id}`)).json<{
      items: { id: string }[];
    }>();
    const submitted = (await principal.post(`/api/reports/${items[0]?.id}/submit`)).json<Report>();
    expect(submitted).toMatchObject({ status: 'submitted', late: true, dueOn: '2026-11-20' });
  });
});

describe('GET /api/reporting-rounds/:id/export', () => {
  it('streams a valid XLSX with one row per reporting unit, Vietnamese headers and numbers as numbers', async () => {
    const response = await sở.get(`/api/reporting-rounds/${round.id}/export?format=xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(String(response.headers['content-disposition'])).toContain(
      "filename*=UTF-8''S%E1%BB%91%20li%E1%BB%87u",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual(
      expect.arrayContaining(['Mã đơn vị', 'Đơn vị', 'Trạng thái', 'Hạn nộp']),
    );
    expect(sheet?.rowCount).toBe(round.counts.expected + 1);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const school = sheet
      ?.getRows(2, round.counts.expected)
      ?.find((row) => row.getCell(1).value === DEMO_THCS_HOANG_MAI_CODE);
    // Approved by its commune and withdrawn by the Sở above: waiting for the Sở, as the screen says.
    expect(school?.getCell(4).value).toBe('Đã duyệt một cấp, chờ cấp trên duyệt');
    expect(school?.getCell(10).value).toBe(9);
  });

  it('gives a commune only its own schools', async () => {
    const response = await commune.get(`/api/reporting-rounds/${round.id}/export?format=csv`);
    const lines = response.body.trim().split('\r\n');
    expect(lines.length - 1).toBeLessThan(round.counts.expected);
    expect(lines[0]).toContain('Mã đơn vị,Đơn vị');
  });
});
