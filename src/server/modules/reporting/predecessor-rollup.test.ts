import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import { hoangMaiSchoolReport, openHanoiSchoolRound } from '../../../../test/support/reporting-fixtures.js';
import type { ReportForm, ReportingRound, Rollup } from '../../../contract/reporting/reports.js';
import { newPublicId } from '../../core/ids.js';
import { PHUONG_HOANG_MAI_CODE } from '../../seed/demo.js';
import { HOANG_MAI_DISTRICT_OFFICE_CODE } from '../../seed/demo-units.js';
import { departmentCode } from '../../seed/national-units.js';
import { emptyNarrative } from './report-view.js';
import { createReportingRepository } from './repository.js';

/**
 * Phòng GD&ĐT quận Hoàng Mai closed in the 2025 reorganisation; Phường Hoàng Mai is one of its seven
 * successor wards. A roll-up over the ward may include what the district office reported.
 */
let t: DemoApp;
let sở: HttpClient;
let form: ReportForm;
let round: ReportingRound;
let ward: string;

const countOf = (rollup: Rollup) =>
  rollup.indicators.find((row) => row.indicatorId === form.fields[2]?.indicatorId);

beforeAll(async () => {
  t = await startDemoApp();
  const admin = await t.signIn('admin');
  sở = await t.signIn('so.hanoi');
  ({ form, round } = await openHanoiSchoolRound(t, { admin, sở }));
  ward = await t.unitId(PHUONG_HOANG_MAI_CODE);

  const principal = await t.signIn('truong.hoangmai');
  const { id, version } = await hoangMaiSchoolReport(t, principal, round.id);
  await principal.put(`/api/reports/${id}`, {
    version,
    values: { [form.fields[2]?.indicatorId as string]: 6 },
  });
  expect((await principal.post(`/api/reports/${id}/submit`)).statusCode).toBe(200);

  // What the district office reported on paper before it closed, entered as history.
  const { db } = t.database.handle;
  const repository = createReportingRepository(db);
  const stored = await repository.findRound(round.id);
  const office = await t.app.services.people.findUnitByCode(HOANG_MAI_DISTRICT_OFFICE_CODE);
  const hanoi = await t.app.services.people.findUnitByCode(departmentCode('01'));
  if (!stored || !office || !hanoi) throw new Error('demo units or round missing');
  const publicId = newPublicId();
  await repository.insertReports(db, [
    {
      public_id: publicId,
      round_id: stored.id,
      unit_id: office.id,
      status: 'approved',
      due_on: '2025-06-01',
      submitted_at: '2025-05-20T02:00:00.000Z',
      approved_through_unit_id: hanoi.id,
      narrative_json: emptyNarrative(),
      updated_at: '2025-05-20T02:00:00.000Z',
    },
  ]);
  const report = await repository.findReport(publicId);
  const count = (await repository.fieldsOf(stored.form_id, stored.form_version))[2];
  if (!report || !count) throw new Error('the history could not be entered');
  await repository.upsertValues(
    db,
    [
      {
        report_id: report.id,
        field_id: count.id,
        value: 40,
        numerator: null,
        denominator: null,
        text_value: null,
      },
    ],
    true,
  );
});
afterAll(() => t.close());

const rollupOf = async (unit: string, predecessors?: boolean) => {
  const query = predecessors === undefined ? '' : `&predecessors=${predecessors}`;
  const response = await sở.get(`/api/rollups?round=${round.id}&unit=${unit}${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<Rollup>();
};

describe('GET /api/rollups with predecessors=true', () => {
  it('adds to a successor ward the reports of the closed unit it took over from', async () => {
    const own = countOf(await rollupOf(ward));
    const withHistory = countOf(await rollupOf(ward, true));
    expect(own).toMatchObject({ value: 6, unitsReported: 1 });
    expect(withHistory).toMatchObject({
      value: 46,
      unitsReported: 2,
      unitsExpected: (own?.unitsExpected ?? 0) + 1,
    });
  });

  it('leaves the ward’s own roll-up as it was when not asked', async () => {
    expect(await rollupOf(ward, false)).toEqual(await rollupOf(ward));
  });

  it('counts the closed unit once where it already lies in the subtree', async () => {
    const hanoi = await t.unitId(departmentCode('01'));
    const sởRollup = await rollupOf(hanoi, true);
    expect(sởRollup).toEqual(await rollupOf(hanoi));
    expect(countOf(sởRollup)).toMatchObject({ value: 46, unitsReported: 2 });
  });
});
