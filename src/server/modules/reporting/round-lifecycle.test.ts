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
let commune: HttpClient;
let principal: HttpClient;
let hanoi: string;
let form: ReportForm;
let round: ReportingRound;

const DAY = 24 * 60 * 60 * 1000;

async function signInEveryone() {
  [sở, commune, principal] = await Promise.all([
    t.signIn('so.hanoi'),
    t.signIn('xa.hoangmai'),
    t.signIn('truong.hoangmai'),
  ]);
}

beforeAll(async () => {
  t = await startDemoApp();
  await signInEveryone();
  hanoi = await t.unitId(departmentCode('01'));
  ({ form, round } = await openHanoiSchoolRound(t, { admin: await t.signIn('admin'), sở }));
});
afterAll(() => t.close());

const roundOf = async (client: HttpClient, id: string) =>
  (await client.get(`/api/reporting-rounds/${id}`)).json<ReportingRound>();

const roundsTitled = async (title: string) =>
  (await sở.get('/api/reporting-rounds'))
    .json<{ items: ReportingRound[] }>()
    .items.filter((item) => item.title === title);

async function inboxTitles(client: HttpClient) {
  await t.app.services.jobRunner.drain();
  return (await client.get('/api/notifications'))
    .json<{ items: { title: string }[] }>()
    .items.map((item) => item.title);
}

describe('closing a round', () => {
  it('is offered to the Sở that runs the round, not to the units reporting in it', async () => {
    expect((await roundOf(sở, round.id)).abilities).toEqual({
      close: true,
      repeat: true,
      editForm: true,
      remind: true,
    });
    expect((await roundOf(commune, round.id)).abilities).toEqual({
      close: false,
      repeat: false,
      editForm: false,
      remind: true,
    });
    expect((await commune.post(`/api/reporting-rounds/${round.id}/close`)).statusCode).toBe(403);
    const otherProvince = await t.signIn('so.thanhhoa');
    expect((await otherProvince.post(`/api/reporting-rounds/${round.id}/close`)).statusCode).toBe(404);
  });

  it('stops saving, submitting and returning, while approvals of submitted reports still finish', async () => {
    const reportId = await reportIdOfUnit(principal, round.id, await t.unitId(DEMO_THCS_HOANG_MAI_CODE));
    expect((await principal.post(`/api/reports/${reportId}/submit`)).statusCode).toBe(200);

    const closed = await sở.post(`/api/reporting-rounds/${round.id}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json<ReportingRound>()).toMatchObject({
      status: 'closed',
      abilities: { close: false, repeat: true, remind: false },
    });
    const reminding = await commune.post(`/api/reporting-rounds/${round.id}/reminders`);
    expect(reminding.json()).toMatchObject({ status: 409, code: 'round_closed' });

    const report = (await principal.get(`/api/reports/${reportId}`)).json<Report>();
    const saving = await principal.put(`/api/reports/${reportId}`, { version: report.version, values: {} });
    expect(saving.json()).toMatchObject({ status: 409, code: 'round_closed' });
    expect((await principal.post(`/api/reports/${reportId}/submit`)).json().code).toBe('round_closed');
    const returning = await commune.post(`/api/reports/${reportId}/return`, { reason: 'Bổ sung số liệu' });
    expect(returning.json().code).toBe('round_closed');

    const approvedByCommune = await commune.post(`/api/reports/${reportId}/approve`);
    expect(approvedByCommune.statusCode).toBe(200);
    expect(approvedByCommune.json<Report>().abilities.return).toBe(false);
    expect((await sở.post(`/api/reports/${reportId}/approve`)).json<Report>().status).toBe('approved');
  });

  it('a second time answers that the round is already closed', async () => {
    const again = await sở.post(`/api/reporting-rounds/${round.id}/close`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('round_already_closed');
  });
});

describe('repeating a round for the next period', () => {
  it('opens the next school year now: same form and units, deadlines and target year moved on', async () => {
    const response = await sở.post(`/api/reporting-rounds/${round.id}/repeat`);
    expect(response.statusCode).toBe(201);
    const next = response.json<ReportingRound>();
    expect(next).toMatchObject({
      title: 'Báo cáo năm học 2026-2027',
      status: 'open',
      periodKind: 'school_year',
      periodStart: '2026-09-01',
      periodEnd: '2027-05-31',
      targetYear: 2027,
      deadlines: [{ unitKind: 'school', dueOn: '2027-12-01' }],
      form: { id: form.id, version: form.version },
      previousRoundId: round.id,
      counts: { expected: round.counts.expected, submitted: 0 },
    });
    expect(await roundOf(sở, round.id)).toMatchObject({ nextRoundId: next.id, abilities: { repeat: false } });
    expect(await inboxTitles(principal)).toContain('Đợt báo cáo mới: Báo cáo năm học 2026-2027');
  });

  it('a second time for the same period answers that the period is already open', async () => {
    const again = await sở.post(`/api/reporting-rounds/${round.id}/repeat`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('round_already_repeated');
    expect(await roundsTitled('Báo cáo năm học 2026-2027')).toHaveLength(1);
  });

  it('is not possible for custom dates, which also cannot be set to recur', async () => {
    const custom = schoolYearRound(form.id, hanoi, {
      title: 'Báo cáo chuyên đề tháng 12',
      periodKind: 'custom',
      periodStart: '2026-12-01',
      periodEnd: '2026-12-20',
    });
    const recurring = await sở.post('/api/reporting-rounds', { ...custom, recurs: true });
    expect(recurring.json()).toMatchObject({ status: 422, code: 'period_not_recurring' });
    const once = await openSchoolRound(sở, custom);
    expect(once.abilities.repeat).toBe(false);
    const repeated = await sở.post(`/api/reporting-rounds/${once.id}/repeat`);
    expect(repeated.json()).toMatchObject({ status: 422, code: 'period_not_recurring' });
  });
});

describe('recurring rounds', () => {
  let yearly: ReportingRound;
  let quarterly: ReportingRound;

  beforeAll(async () => {
    yearly = await openSchoolRound(
      sở,
      schoolYearRound(form.id, hanoi, {
        title: 'Báo cáo năm 2026',
        periodKind: 'calendar_year',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        deadlines: [{ unitKind: 'school', dueOn: '2026-12-15' }],
        recurs: true,
      }),
    );
    quarterly = await openSchoolRound(
      sở,
      schoolYearRound(form.id, hanoi, {
        title: 'Báo cáo quý 4/2026',
        periodKind: 'quarter',
        periodStart: '2026-10-01',
        periodEnd: '2026-12-31',
        deadlines: [{ unitKind: 'school', dueOn: '2027-01-10' }],
        recurs: true,
      }),
    );
  });

  it('open nothing before their next period starts', async () => {
    expect(yearly.recurs).toBe(true);
    await t.app.services.reporting.scheduleNextPeriods();
    await t.app.services.jobRunner.drain();
    expect((await roundOf(sở, yearly.id)).nextRoundId).toBeNull();
  });

  it('open the next period’s round once when it starts, however often and wherever the daily job runs', async () => {
    t.clock.advance(36 * DAY); // 1 January 2027 in Việt Nam
    await signInEveryone();
    await Promise.all([
      t.app.services.reporting.scheduleNextPeriods(),
      t.app.services.reporting.scheduleNextPeriods(),
      t.app.services.reporting.enqueueDueNextPeriods({ date: '2027-01-01' }),
    ]);
    await t.app.services.jobRunner.drain();
    await t.app.services.reporting.scheduleNextPeriods();
    await t.app.services.jobRunner.drain();

    const [next] = await roundsTitled('Báo cáo năm 2027');
    expect(await roundsTitled('Báo cáo năm 2027')).toHaveLength(1);
    expect(next).toMatchObject({
      recurs: true,
      previousRoundId: yearly.id,
      periodStart: '2027-01-01',
      targetYear: 2027,
      deadlines: [{ unitKind: 'school', dueOn: '2027-12-15' }],
    });
    expect(await roundsTitled('Báo cáo quý 1/2027')).toHaveLength(1);
    expect(await inboxTitles(principal)).toContain('Đợt báo cáo mới: Báo cáo năm 2027');
    // The school-year round does not recur, so its next period only opens by hand.
    expect(await roundsTitled('Báo cáo năm học 2027-2028')).toHaveLength(0);
  });

  it('are opened once when two nodes open the same period at the same moment', async () => {
    const firstQuarter = (await roundOf(sở, quarterly.id)).nextRoundId;
    t.clock.advance(90 * DAY); // April 2027: the second quarter has started
    const results = await Promise.all([
      t.app.services.reporting.openNextPeriod({ roundId: firstQuarter }),
      t.app.services.reporting.openNextPeriod({ roundId: firstQuarter }),
    ]);
    expect(results.filter((result) => result.opened !== null)).toHaveLength(1);
    await signInEveryone();
    expect(await roundsTitled('Báo cáo quý 2/2027')).toHaveLength(1);
  });
});
