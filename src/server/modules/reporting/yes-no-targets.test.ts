import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import {
  hoangMaiSchoolReport,
  openSchoolRound,
  schoolYearRound,
} from '../../../../test/support/reporting-fixtures.js';
import type { ReportForm, ReportingRound, Rollup } from '../../../contract/reporting/reports.js';
import { departmentCode } from '../../seed/national-units.js';
import { planDraft } from '../plans/plan-test-support.js';

let t: DemoApp;
let sở: HttpClient;
let principal: HttpClient;
let round: ReportingRound;

/** A plan whose one indicator is yes/no ("Có" targeted for 2026), and a round of Hà Nội's schools on it. */
beforeAll(async () => {
  t = await startDemoApp();
  const admin = await t.signIn('admin');
  [sở, principal] = await Promise.all([t.signIn('so.hanoi'), t.signIn('truong.hoangmai')]);
  const hanoi = await t.unitId(departmentCode('01'));
  const content = planDraft({
    periodStartYear: 2025,
    periodEndYear: 2026,
    objectives: [],
    indicators: [
      {
        name: 'Có phương án ứng phó sự cố an toàn thông tin',
        measure: 'yes_no',
        targets: [{ year: 2026, value: 1 }],
      },
    ],
  });
  const plan = (await admin.post('/api/plans', { issuerId: hanoi, ...content })).json<{ id: string }>();
  await admin.post(`/api/plans/${plan.id}/submit-for-review`);
  await admin.post(`/api/plans/${plan.id}/issue`, {});
  const form = (await sở.post('/api/report-forms', { planId: plan.id })).json<ReportForm>();
  round = await openSchoolRound(sở, schoolYearRound(form.id, hanoi));
});
afterAll(() => t.close());

describe('a yes/no indicator targeted “Có”', () => {
  it('is asked of each school with the target every school, 100 %', async () => {
    const report = await hoangMaiSchoolReport(t, principal, round.id);
    expect(report.fields).toEqual([expect.objectContaining({ type: 'yes_no', target: 100 })]);
  });

  it('rolls up the share of schools answering “Có” against 100 %, not against 1 %', async () => {
    const report = await hoangMaiSchoolReport(t, principal, round.id);
    const [field] = report.fields;
    await principal.post(`/api/reports/${report.id}/submit`, {
      version: report.version,
      values: { [field?.indicatorId as string]: true },
    });
    const [indicator] = (await sở.get(`/api/rollups?round=${round.id}`)).json<Rollup>().indicators;
    expect(indicator).toMatchObject({
      aggregation: 'share_yes',
      value: 100,
      target: 100,
      unitsMeetingTarget: 1,
    });
  });
});
