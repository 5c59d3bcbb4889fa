import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import {
  openHanoiSchoolRound,
  openSchoolRound,
  reportIdOfUnit,
  schoolYearRound,
} from '../../../../test/support/reporting-fixtures.js';
import type { Report, ReportForm, ReportingRound } from '../../../contract/reporting/reports.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../seed/demo-units.js';
import { departmentCode } from '../../seed/national-units.js';

let t: DemoApp;
let sở: HttpClient;
let principal: HttpClient;
let school: string;
let form: ReportForm;
let round: ReportingRound;
let submitted: Report;

const labels = (fields: { label: string }[]) => fields.map((field) => field.label);

async function reportIn(roundId: string): Promise<Report> {
  const id = await reportIdOfUnit(principal, roundId, school);
  return (await principal.get(`/api/reports/${id}`)).json<Report>();
}

beforeAll(async () => {
  t = await startDemoApp();
  [sở, principal] = await Promise.all([t.signIn('so.hanoi'), t.signIn('truong.hoangmai')]);
  school = await t.unitId(DEMO_THCS_HOANG_MAI_CODE);
  ({ form, round } = await openHanoiSchoolRound(t, { admin: await t.signIn('admin'), sở }));
  const draft = await reportIn(round.id);
  const [, , count, note] = draft.fields;
  await principal.put(`/api/reports/${draft.id}`, {
    version: draft.version,
    values: {
      [count?.indicatorId as string]: 6,
      [note?.indicatorId as string]: 'Đã phối hợp với công an phường',
    },
  });
  submitted = (await principal.post(`/api/reports/${draft.id}/submit`)).json<Report>();
});
afterAll(() => t.close());

const note = () => form.fields[3] as ReportForm['fields'][number];

describe('a new version of a report form', () => {
  let second: ReportForm;

  it('relabels, adds and keeps extra questions in new field rows, the plan’s fields as they were', async () => {
    const response = await sở.post(`/api/report-forms/${form.id}/versions`, {
      version: 1,
      extraQuestions: [
        { id: note().indicatorId, label: 'Ghi chú của nhà trường' },
        { label: 'Số vụ việc mất an toàn thông tin', type: 'count' },
      ],
    });
    expect(response.statusCode).toBe(201);
    second = response.json<ReportForm>();
    expect(second).toMatchObject({ version: 2, latestVersion: 2 });
    expect(second.fields.map(({ label, type, fromPlan }) => ({ label, type, fromPlan }))).toEqual([
      ...form.fields.slice(0, 3).map(({ label, type, fromPlan }) => ({ label, type, fromPlan })),
      { label: 'Ghi chú của nhà trường', type: 'text', fromPlan: false },
      { label: 'Số vụ việc mất an toàn thông tin', type: 'count', fromPlan: false },
    ]);
    const earlierIds = new Set(form.fields.map((field) => field.indicatorId));
    expect(second.fields.filter((field) => earlierIds.has(field.indicatorId))).toEqual([]);
  });

  it('leaves the earlier version readable as it was', async () => {
    const first = (await sở.get(`/api/report-forms/${form.id}?version=1`)).json<ReportForm>();
    expect(first).toEqual({ ...form, latestVersion: 2 });
    expect((await sở.get(`/api/report-forms/${form.id}`)).json<ReportForm>().version).toBe(2);
    expect((await sở.get(`/api/report-forms/${form.id}?version=3`)).statusCode).toBe(404);
  });

  it('never changes a submitted report: its fields, labels and values stay those of its version', async () => {
    const report = await reportIn(round.id);
    expect(report.fields).toEqual(submitted.fields);
    expect(labels(report.fields)).toEqual(labels(form.fields));
    expect(report.fields[3]?.value).toBe('Đã phối hợp với công an phường');
  });

  it('is what a round opened afterwards asks for', async () => {
    const later = await openSchoolRound(
      sở,
      schoolYearRound(form.id, await t.unitId(departmentCode('01')), {
        title: 'Báo cáo năm 2026',
        periodKind: 'calendar_year',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      }),
    );
    expect(later.form.version).toBe(2);
    expect(labels((await reportIn(later.id)).fields)).toEqual(labels(second.fields));
  });

  it('refuses a change made on a version that is no longer the latest', async () => {
    const stale = await sở.post(`/api/report-forms/${form.id}/versions`, { version: 1, extraQuestions: [] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
  });

  it('refuses naming a plan field or a question of an earlier version, and a new question without a type', async () => {
    const unknown = await sở.post(`/api/report-forms/${form.id}/versions`, {
      version: 2,
      extraQuestions: [
        { id: second.fields[0]?.indicatorId, label: 'Đổi nhãn chỉ tiêu' },
        { id: note().indicatorId, label: 'Ghi chú cũ' },
      ],
    });
    expect(unknown.json()).toMatchObject({
      status: 422,
      code: 'unknown_form_field',
      errors: [{ path: 'body.extraQuestions.0.id' }, { path: 'body.extraQuestions.1.id' }],
    });
    const untyped = await sở.post(`/api/report-forms/${form.id}/versions`, {
      version: 2,
      extraQuestions: [{ label: 'Câu hỏi không rõ kiểu' }],
    });
    expect(untyped.statusCode).toBe(400);
    expect((await sở.get(`/api/report-forms/${form.id}`)).json<ReportForm>().version).toBe(2);
  });

  it('removes the extra questions left out, and the next period’s round uses the latest version', async () => {
    const third = await sở.post(`/api/report-forms/${form.id}/versions`, { version: 2, extraQuestions: [] });
    expect(labels(third.json<ReportForm>().fields)).toEqual(labels(form.fields.slice(0, 3)));
    const next = (await sở.post(`/api/reporting-rounds/${round.id}/repeat`)).json<ReportingRound>();
    expect(next.form.version).toBe(3);
    expect((await sở.get(`/api/reporting-rounds/${round.id}`)).json<ReportingRound>().form.version).toBe(1);
  });

  it('is added only by the unit that owns the form', async () => {
    const commune = await t.signIn('xa.hoangmai');
    const response = await commune.post(`/api/report-forms/${form.id}/versions`, {
      version: 3,
      extraQuestions: [],
    });
    expect(response.statusCode).toBe(404);
  });
});
