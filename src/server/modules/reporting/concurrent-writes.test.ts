import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import { hoangMaiSchoolReport, openHanoiSchoolRound } from '../../../../test/support/reporting-fixtures.js';
import type { ReportForm, ReportingRound } from '../../../contract/reporting/reports.js';

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

const schoolReport = () => hoangMaiSchoolReport(t, principal, round.id);

/**
 * The same three answers with different figures, listed in opposite orders, so that two writes at
 * once would take their locks in opposite orders if the server kept the order it was sent.
 */
function answersInOppositeOrders(attempt: number) {
  const [yes, people, count] = form.fields.map((field) => field.indicatorId) as [string, string, string];
  return [
    { [yes]: true, [people]: { numerator: 5, denominator: 9 }, [count]: attempt },
    { [count]: attempt + 100, [people]: { numerator: 7, denominator: 9 }, [yes]: false },
  ] as const;
}

const statusCodes = (answers: { statusCode: number }[]) => answers.map((answer) => answer.statusCode).sort();

describe('two sessions of a school writing one report at the same moment', () => {
  it('both saving the same answers, listed in opposite orders: one wins, the other is told to reload', async () => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const report = await schoolReport();
      const [first, second] = answersInOppositeOrders(attempt);
      const answers = await Promise.all([
        colleague.put(`/api/reports/${report.id}`, { version: report.version, values: first }),
        principal.put(`/api/reports/${report.id}`, { version: report.version, values: second }),
      ]);
      expect(statusCodes(answers)).toEqual([200, 409]);
    }
  });

  it('one saving while the other submits with changes: one wins, the other is told to reload', async () => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const report = await schoolReport();
      const [first, second] = answersInOppositeOrders(attempt);
      const answers = await Promise.all([
        colleague.put(`/api/reports/${report.id}`, { version: report.version, values: first }),
        principal.post(`/api/reports/${report.id}/submit`, { version: report.version, values: second }),
      ]);
      expect(statusCodes(answers)).toEqual([200, 409]);
      const after = await schoolReport();
      if (after.status === 'submitted') {
        await commune.post(`/api/reports/${report.id}/return`, { reason: 'Kiểm tra lại số liệu.' });
      }
    }
  });
});
