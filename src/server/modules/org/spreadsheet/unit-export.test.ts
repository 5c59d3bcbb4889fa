import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../../test/support/demo-app.js';
import { HttpClient } from '../../../../../test/support/http-client.js';
import type { UnitImportReport } from '../../../../contract/unit-import.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../../seed/demo-units.js';
import { departmentCode } from '../../../seed/national-units.js';
import {
  UNIT_HEADERS,
  uploadUnits,
  uploadUnitsXlsx,
  workbookSheets,
} from './unit-spreadsheet-test-support.js';

let t: DemoApp;
let admin: HttpClient;
beforeAll(async () => {
  t = await startDemoApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

const rowTexts = (sheet: { getRow(n: number): { values: unknown } }, row: number) =>
  (sheet.getRow(row).values as unknown[]).slice(1).map((value) => String(value ?? ''));

describe('unit template', () => {
  it('is a workbook with Vietnamese headers, a frozen header row, drop-down lists, an example and an explanation sheet', async () => {
    const response = await admin.get('/api/unit-imports/template?format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Mau nhap danh sach don vi.xlsx"; filename*=UTF-8''${encodeURIComponent('Mẫu nhập danh sách đơn vị.xlsx')}`,
    );
    const workbook = await workbookSheets(response.rawPayload);
    const [data, notes] = workbook.worksheets;
    expect(rowTexts(data as never, 1)).toEqual(UNIT_HEADERS);
    expect(rowTexts(data as never, 2).slice(0, 4)).toEqual([
      'THCS-VIDU-01',
      'Trường THCS Ví Dụ',
      'THCS Ví Dụ',
      'Trường học',
    ]);
    expect(data?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const kindList = (
      data as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
    ).dataValidations.model;
    expect(Object.values(kindList).map((validation) => validation.formulae[0])).toContain(
      '"Mầm non,Tiểu học,THCS,THPT,Liên cấp,GDTX"',
    );
    expect(notes?.name).toBe('Hướng dẫn');
    expect(rowTexts(notes as never, 2)[0]).toBe('Mã đơn vị');
  });

  it('comes as UTF-8 CSV with a byte order mark, and imports as it is', async () => {
    const response = await admin.get('/api/unit-imports/template?format=csv');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.body.startsWith(`\uFEFF${UNIT_HEADERS.join(',')}`)).toBe(true);
    const report = (await uploadUnits(admin, 'dry-run', response.rawPayload)).json<UnitImportReport>();
    expect(report).toMatchObject({ created: 1, rejected: [] });
  });

  it('requires a session', async () => {
    expect((await new HttpClient(t.app).get('/api/unit-imports/template')).statusCode).toBe(401);
  });
});

describe('unit export', () => {
  it('streams the units below a unit in the template’s shape, and imports back unchanged', async () => {
    const ward = await t.unitId('00331');
    const xlsx = await admin.get(`/api/org-units/export?under=${ward}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Danh sách đơn vị - Phường Hoàng Mai.xlsx')}`,
    );
    const workbook = await workbookSheets(xlsx.rawPayload);
    const sheet = workbook.worksheets[0];
    const codes = Array.from(
      { length: (sheet?.rowCount ?? 1) - 1 },
      (_, index) => rowTexts(sheet as never, index + 2)[0],
    );
    expect(codes).toContain(DEMO_THCS_HOANG_MAI_CODE);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const again = (await uploadUnitsXlsx(admin, 'apply', xlsx.rawPayload)).json<UnitImportReport>();
    expect(again).toMatchObject({
      applied: true,
      created: 0,
      changed: 0,
      unchanged: codes.length,
      rejected: [],
    });
  });

  it('round-trips a whole province as CSV', async () => {
    const hanoi = await t.unitId(departmentCode('01'));
    const csv = await admin.get(`/api/org-units/export?under=${hanoi}&format=csv`);
    const lines = csv.body.trim().split('\r\n');
    expect(lines.length).toBeGreaterThan(100);
    const report = (await uploadUnits(admin, 'dry-run', csv.rawPayload)).json<UnitImportReport>();
    expect(report).toMatchObject({ created: 0, changed: 0, unchanged: lines.length - 1, rejected: [] });
  });

  it('answers 404 for an unknown unit and 401 without a session', async () => {
    expect((await admin.get('/api/org-units/export?under=01JZ0000000000000000000000')).statusCode).toBe(404);
    const ward = await t.unitId('00331');
    expect((await new HttpClient(t.app).get(`/api/org-units/export?under=${ward}`)).statusCode).toBe(401);
  });
});
