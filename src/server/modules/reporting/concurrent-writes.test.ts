import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import { openHanoiSchoolRound, reportIdOfUnit } from '../../../../test/support/reporting-fixtures.js';
import type { Report, ReportForm, ReportingRound } from '../../../contract/reporting/reports.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../seed/demo-units.js';

let t: DemoApp;
let commune: HttpClient;
let principal: HttpClient;
let colleague: HttpClient;
let form: ReportForm;
let round: ReportingRound;

beforeAll(async () => {
  t = await startDemoApp();
  const [admin, sở] = await Promise.all([t.signIn('admin'), t.signIn('so.hanoi')]);
  [commune, principal, colleague] = await Promise.all([
    t.signIn('xa.hoangmai'),
    t.signIn('truong.hoangmai'),
    t.signIn('truong.hoangmai'),
  ]);
  ({ form, round } = await openHanoiSchoolRound(t, { admin, sở }));
});
afterAll(() => t.close());

async function schoolReport(): Promise<Report> {
  const id = await reportIdOfUnit(principal, round.id, await t.unitId(DEMO_THCS_HOANG_MAI_CODE));
  return (await principal.get(`/api/reports/${id}`)).json<Report>();
}

describe('two sessions of a school writing one report at the same moment', () => {
  it('both saving the same answers, listed in opposite orders: one wins, the other is told to reload', async () => {
    const [yes, people, count] = form.fields.map((field) => field.indicatorId) as [string, string, string];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const report = await schoolReport();
      const answers = await Promise.all([
        colleague.put(`/api/reports/${report.id}`, {
          version: report.version,
          values: { [yes]: true, [people]: { numerator: 5, denominator: 9 }, [count]: attempt },
        }),
        principal.put(`/api/reports/${report.id}`, {
          version: report.version,
          values: { [count]: attempt + 100, [people]: { numerator: 7, denominator: 9 }, [yes]: false },
        }),
      ]);
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    }
  });

  it('one saving while the other submits with changes: one wins, the other is told to reload', async () => {
    const [yes, people, count] = form.fields.map((field) => field.indicatorId) as [string, string, string];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const report = await schoolReport();
      const answers = await Promise.all([
        colleague.put(`/api/reports/${report.id}`, {
          version: report.version,
          values: { [yes]: true, [people]: { numerator: 5, denominator: 9 }, [count]: attempt },
        }),
        principal.post(`/api/reports/${report.id}/submit`, {
          version: report.version,
          values: { [count]: attempt + 100, [people]: { numerator: 7, denominator: 9 }, [yes]: false },
        }),
      ]);
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
      const after = await schoolReport();
      if (after.status === 'submitted') {
        await commune.post(`/api/reports/${report.id}/return`, { reason: 'Kiểm tra lại số liệu.' });
      }
    }
  });
});
