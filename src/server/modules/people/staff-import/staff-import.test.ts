import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../../test/support/demo-app.js';
import { createAccount } from '../../../../../test/support/factories.js';
import { HttpClient } from '../../../../../test/support/http-client.js';
import type { Account, AccountList } from '../../../../contract/accounts.js';
import type { SessionResponse } from '../../../../contract/auth.js';
import type { Problem } from '../../../../contract/problem.js';
import { STAFF_IMPORT_ROW_LIMIT, type StaffImportReport } from '../../../../contract/staff-import.js';
import { csvLine } from '../../../core/spreadsheet/csv.js';
import { DEMO_THCS_HOANG_MAI_CODE, HOANG_MAI_DISTRICT_OFFICE_CODE } from '../../../seed/demo-units.js';
import { departmentCode } from '../../../seed/national-units.js';
import { firstSheet } from '../../org/spreadsheet/unit-spreadsheet-test-support.js';
import { staffColumns } from './staff-columns.js';

const HEADERS = staffColumns.map((column) => column.header);
const staffFile = (rows: string[][]) => Buffer.from([HEADERS, ...rows].map(csvLine).join(''), 'utf8');
const upload = (client: HttpClient, mode: 'dry-run' | 'apply', file: Buffer) =>
  client.post(`/api/staff-imports?mode=${mode}`, file, { 'content-type': 'text/csv' });

let t: DemoApp;
let admin: HttpClient;
beforeAll(async () => {
  t = await startDemoApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

describe('staff import', () => {
  it('offers a template with the columns and a drop-down list of roles', async () => {
    const response = await admin.get('/api/staff-imports/template');
    const sheet = await firstSheet(response.rawPayload);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Mẫu nhập tài khoản.xlsx')}`,
    );
  });

  it('reports every bad row, and apply then creates nothing', async () => {
    const file = staffFile([
      ['gv.tot', 'Giáo viên Tốt', '', DEMO_THCS_HOANG_MAI_CODE, 'Cán bộ báo cáo'],
      ['gv.tot', 'Giáo viên Trùng', '', DEMO_THCS_HOANG_MAI_CODE, ''],
      ['admin', 'Trùng hệ thống', '', DEMO_THCS_HOANG_MAI_CODE, ''],
      ['gv.khongdonvi', 'Không đơn vị', '', 'KHONG-CO', ''],
      ['gv.giaithe', 'Đơn vị giải thể', '', HOANG_MAI_DISTRICT_OFFICE_CODE, ''],
      ['ab', 'Tên ngắn', '', DEMO_THCS_HOANG_MAI_CODE, ''],
      ['gv.vaitro', 'Vai trò lạ', '', DEMO_THCS_HOANG_MAI_CODE, 'Hiệu trưởng'],
      ['gv.quantri', 'Quản trị hệ thống', '', DEMO_THCS_HOANG_MAI_CODE, 'Quản trị hệ thống'],
    ]);
    const report = (await upload(admin, 'dry-run', file)).json<StaffImportReport>();
    expect(report.created).toBe(1);
    expect(report.rejected.map((item) => [item.row, item.code, item.reason])).toEqual([
      [3, 'duplicate_in_file', "Dòng 3: tên đăng nhập 'gv.tot' trùng với dòng 2"],
      [4, 'username_taken', "Dòng 4: tên đăng nhập 'admin' đã có người dùng"],
      [5, 'unit_not_found', "Dòng 5: mã đơn vị 'KHONG-CO' không tồn tại"],
      [6, 'unit_closed', `Dòng 6: đơn vị '${HOANG_MAI_DISTRICT_OFFICE_CODE}' đã giải thể`],
      [7, 'invalid_value', expect.stringContaining("Dòng 7: tên đăng nhập 'ab' không hợp lệ")],
      [8, 'invalid_value', expect.stringContaining("Dòng 8: vai trò 'Hiệu trưởng' không hợp lệ")],
      [9, 'invalid_value', expect.stringContaining("Dòng 9: vai trò 'Quản trị hệ thống' không hợp lệ")],
    ]);
    const applied = await upload(admin, 'apply', file);
    expect([applied.statusCode, applied.json<Problem>().code]).toEqual([422, 'import_rejected']);
    expect((await admin.get('/api/accounts?q=gv.tot')).json<AccountList>().total).toBe(0);
  });

  it('creates the accounts with temporary passwords, handed out once in a workbook, that must be changed at first sign-in', async () => {
    const file = staffFile([
      ['gv.an', 'Nguyễn Văn An', 'an@hanoi.edu.vn', DEMO_THCS_HOANG_MAI_CODE, 'Cán bộ báo cáo'],
      ['gv.binh', 'Trần Thị Bình', '', DEMO_THCS_HOANG_MAI_CODE, ''],
    ]);
    expect((await upload(admin, 'dry-run', file)).json<StaffImportReport>()).toMatchObject({
      created: 2,
      rejected: [],
    });
    const applied = await upload(admin, 'apply', file);
    expect(applied.statusCode).toBe(200);
    expect(applied.headers['x-created-accounts']).toBe('2');
    expect(applied.headers['cache-control']).toBe('no-store');
    const sheet = await firstSheet(applied.rawPayload);
    const rows = [2, 3].map((row) => (sheet.getRow(row).values as string[]).slice(1));
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['gv.an', 'Nguyễn Văn An', 'Trường THCS Hoàng Mai'],
      ['gv.binh', 'Trần Thị Bình', 'Trường THCS Hoàng Mai'],
    ]);

    const an = await new HttpClient(t.app).signIn('gv.an', rows[0]?.[3] as string);
    const session = (await an.get('/api/me')).json<SessionResponse>();
    expect(session.user.mustChangePassword).toBe(true);
    expect((await an.get('/api/accounts')).statusCode).toBe(403);
    const listed = (await admin.get('/api/accounts?q=gv.an')).json<AccountList>().items[0] as Account;
    expect(listed.roles.map((grant) => grant.role)).toEqual(['reporter']);
    expect(listed.unit?.name).toBe('Trường THCS Hoàng Mai');

    const again = (await upload(admin, 'dry-run', file)).json<StaffImportReport>();
    expect(again.rejected.map((item) => item.code)).toEqual(['username_taken', 'username_taken']);
  });

  it('refuses a file over the row limit as a whole', async () => {
    const rows = Array.from({ length: STAFF_IMPORT_ROW_LIMIT + 1 }, (_, index) => [
      `gv.nhieu${index}`,
      'Giáo viên',
      '',
      DEMO_THCS_HOANG_MAI_CODE,
      '',
    ]);
    const response = await upload(admin, 'dry-run', staffFile(rows));
    expect([response.statusCode, response.json<Problem>().code]).toEqual([422, 'import_too_many_rows']);
  });

  it('requires a session and a role that manages accounts, and keeps another province out', async () => {
    const file = staffFile([['gv.ngoai', 'Người Ngoài', '', DEMO_THCS_HOANG_MAI_CODE, '']]);
    expect((await upload(new HttpClient(t.app), 'dry-run', file)).statusCode).toBe(401);
    expect((await upload(await t.signIn('so.hanoi'), 'dry-run', file)).statusCode).toBe(403);
    const account = await createAccount(t.app, { unitCode: departmentCode('38'), roles: ['unit_admin'] });
    const thanhHoa = await new HttpClient(t.app).signIn(account.username, account.password);
    const report = (await upload(thanhHoa, 'dry-run', file)).json<StaffImportReport>();
    expect(report.rejected.map((item) => item.code)).toEqual(['outside_scope']);
  });
});
