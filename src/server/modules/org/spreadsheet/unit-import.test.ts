import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../../test/support/demo-app.js';
import { createAccount } from '../../../../../test/support/factories.js';
import { HttpClient } from '../../../../../test/support/http-client.js';
import type { OrgUnitDetail, OrgUnitList } from '../../../../contract/org.js';
import type { Problem } from '../../../../contract/problem.js';
import type { UnitImportReport } from '../../../../contract/unit-import.js';
import { DEMO_THCS_HOANG_MAI_CODE, HOANG_MAI_DISTRICT_OFFICE_CODE } from '../../../seed/demo-units.js';
import { departmentCode } from '../../../seed/national-units.js';
import {
  csvFile,
  school,
  UNIT_HEADERS,
  unitRow,
  uploadUnits,
  uploadUnitsXlsx,
  xlsxFile,
} from './unit-spreadsheet-test-support.js';

const HOANG_MAI = '00331';

let t: DemoApp;
let admin: HttpClient;
let thanhHoaAdmin: HttpClient;
let thanhHoaCommune: string;

async function unitByCode(code: string) {
  const { items } = (await admin.get(`/api/org-units?q=${encodeURIComponent(code)}`)).json<OrgUnitList>();
  return items.find((unit) => unit.code === code);
}

beforeAll(async () => {
  t = await startDemoApp();
  admin = await t.signIn('admin');
  const account = await createAccount(t.app, { unitCode: departmentCode('38'), roles: ['unit_admin'] });
  thanhHoaAdmin = await new HttpClient(t.app).signIn(account.username, account.password);
  const thanhHoa = await t.unitId(departmentCode('38'));
  thanhHoaCommune = (
    await admin.get(`/api/org-units?kind=commune&under=${thanhHoa}&limit=1`)
  ).json<OrgUnitList>().items[0]?.code as string;
});
afterAll(() => t.close());

describe('unit import: dry run and apply', () => {
  it('reports what a file would create without writing, then applies it; a second apply changes nothing', async () => {
    // The second school's parent is a commune given on a later row; the commune's parent is the department.
    const rows = [
      school('TH-NHAP-01', HOANG_MAI),
      school('TH-NHAP-02', 'XA-NHAP-01'),
      unitRow({
        'Mã đơn vị': 'XA-NHAP-01',
        'Tên đơn vị': 'Xã Nhập Thử',
        'Loại đơn vị': 'xa/phuong',
        'Mã đơn vị cấp trên': departmentCode('38'),
      }),
      unitRow({}),
      school('TH-NHAP-03', thanhHoaCommune),
    ];
    const file = csvFile(rows);
    const dryRun = await uploadUnits(admin, 'dry-run', file);
    expect(dryRun.statusCode).toBe(200);
    const report = dryRun.json<UnitImportReport>();
    expect(report).toMatchObject({
      mode: 'dry-run',
      applied: false,
      created: 4,
      changed: 0,
      unchanged: 0,
      emptyRows: 1,
      rejected: [],
    });
    expect(report.preview.created.map((unit) => [unit.row, unit.code])).toEqual([
      [2, 'TH-NHAP-01'],
      [3, 'TH-NHAP-02'],
      [4, 'XA-NHAP-01'],
      [6, 'TH-NHAP-03'],
    ]);
    expect(await unitByCode('TH-NHAP-01')).toBeUndefined();

    const applied = await uploadUnits(admin, 'apply', file);
    expect(applied.json<UnitImportReport>()).toMatchObject({ applied: true, created: 4, changed: 0 });
    const child = await unitByCode('TH-NHAP-02');
    const detail = (await admin.get(`/api/org-units/${child?.id}`)).json<OrgUnitDetail>();
    expect(detail.ancestors.map((unit) => unit.code)).toEqual(['BGDDT', departmentCode('38'), 'XA-NHAP-01']);
    expect(detail).toMatchObject({
      kind: 'school',
      schoolLevel: 'tieu_hoc',
      ownership: 'public',
      provinceCode: '38',
    });

    const again = (await uploadUnits(admin, 'apply', file)).json<UnitImportReport>();
    expect(again).toMatchObject({ applied: true, created: 0, changed: 0, unchanged: 4 });
  });

  it('reads .xlsx and semicolon-separated CSV without a byte order mark alike', async () => {
    const xlsx = await xlsxFile([school('TH-XLSX-01', HOANG_MAI)]);
    expect((await uploadUnitsXlsx(admin, 'dry-run', xlsx)).json<UnitImportReport>()).toMatchObject({
      created: 1,
    });
    const semicolons = Buffer.from(
      [UNIT_HEADERS, school('TH-CSV-01', HOANG_MAI, 'Trường "Tiểu học"; Hoàng Mai')]
        .map((row) =>
          row.map((cell) => (/[";]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(';'),
        )
        .join('\n'),
    );
    const report = (
      await uploadUnits(admin, 'dry-run', semicolons, 'application/vnd.ms-excel')
    ).json<UnitImportReport>();
    expect(report).toMatchObject({ created: 1, rejected: [] });
    expect(report.preview.created[0]?.name).toBe('Trường "Tiểu học"; Hoàng Mai');
  });

  it('changes an existing unit, moving it with its subtree under another parent', async () => {
    await uploadUnits(
      admin,
      'apply',
      csvFile([
        unitRow({
          'Mã đơn vị': 'XA-DI-01',
          'Tên đơn vị': 'Xã Đi',
          'Loại đơn vị': 'Xã/phường',
          'Mã đơn vị cấp trên': departmentCode('01'),
        }),
        school('TH-DI-01', 'XA-DI-01'),
        unitRow({
          'Mã đơn vị': 'XA-DEN-01',
          'Tên đơn vị': 'Xã Đến',
          'Loại đơn vị': 'Xã/phường',
          'Mã đơn vị cấp trên': departmentCode('01'),
        }),
      ]),
    );
    const moved = unitRow({
      'Mã đơn vị': 'XA-DI-01',
      'Tên đơn vị': 'Xã Đi (đã chuyển)',
      'Loại đơn vị': 'Xã/phường',
      'Mã đơn vị cấp trên': 'XA-DEN-01',
      Email: 'xadi@hanoi.edu.vn',
    });
    const report = (await uploadUnits(admin, 'apply', csvFile([moved]))).json<UnitImportReport>();
    expect(report).toMatchObject({ applied: true, created: 0, changed: 1 });
    const grandchild = await unitByCode('TH-DI-01');
    const detail = (await admin.get(`/api/org-units/${grandchild?.id}`)).json<OrgUnitDetail>();
    expect(detail.ancestors.map((unit) => unit.code)).toEqual([
      'BGDDT',
      departmentCode('01'),
      'XA-DEN-01',
      'XA-DI-01',
    ]);
    const under = (
      await admin.get(`/api/org-units?under=${(await unitByCode('XA-DEN-01'))?.id}`)
    ).json<OrgUnitList>();
    expect(under.items.map((unit) => unit.code).sort()).toEqual(['TH-DI-01', 'XA-DI-01']);
  });
});

describe('unit import: bad input', () => {
  it('rejects each bad row with its row, column and reason in Vietnamese, and apply writes nothing', async () => {
    const rows = [
      school('TH-XAU-01', departmentCode('01')), // row 2: the one good row
      school('TH-XAU-02', 'SGD-99'), // row 3
      school('TH-XAU-01', departmentCode('01')), // row 4: duplicate of row 2
      unitRow({
        'Mã đơn vị': 'TH-XAU-04',
        'Loại đơn vị': 'Trường học',
        'Cấp học': 'THCS',
        'Loại hình (công lập/tư thục)': 'Công lập',
        'Mã đơn vị cấp trên': HOANG_MAI,
      }), // row 5
      { ...school('TH-XAU-05', HOANG_MAI), 4: 'THPT X' }, // row 6
      school('TH-XAU-06', HOANG_MAI_DISTRICT_OFFICE_CODE), // row 7
      school('TH-XAU-07', 'TH-XAU-02'), // row 8: under a rejected row
      unitRow({
        'Mã đơn vị': HOANG_MAI,
        'Tên đơn vị': 'Phường Hoàng Mai',
        'Loại đơn vị': 'Xã/phường',
        'Mã đơn vị cấp trên': DEMO_THCS_HOANG_MAI_CODE,
      }), // row 9
      unitRow({
        'Mã đơn vị': 'VL-A',
        'Tên đơn vị': 'A',
        'Loại đơn vị': 'Đơn vị phối hợp',
        'Mã đơn vị cấp trên': 'VL-B',
      }), // row 10
      unitRow({
        'Mã đơn vị': 'VL-B',
        'Tên đơn vị': 'B',
        'Loại đơn vị': 'Đơn vị phối hợp',
        'Mã đơn vị cấp trên': 'VL-A',
      }), // row 11
    ].map((row) => Object.values(row));
    const report = (await uploadUnits(admin, 'dry-run', csvFile(rows))).json<UnitImportReport>();
    expect(report.rejected.map((item) => [item.row, item.column, item.code, item.reason])).toEqual([
      [3, 'Mã đơn vị cấp trên', 'parent_not_found', "Dòng 3: mã đơn vị cấp trên 'SGD-99' không tồn tại"],
      [4, 'Mã đơn vị', 'duplicate_in_file', "Dòng 4: mã đơn vị 'TH-XAU-01' trùng với dòng 2"],
      [5, 'Tên đơn vị', 'required', 'Dòng 5: thiếu tên đơn vị'],
      [
        6,
        'Cấp học',
        'invalid_value',
        "Dòng 6: cấp học 'THPT X' không hợp lệ; chọn một trong: Mầm non, Tiểu học, THCS, THPT, Liên cấp, GDTX",
      ],
      [
        7,
        'Mã đơn vị cấp trên',
        'parent_closed',
        `Dòng 7: đơn vị cấp trên '${HOANG_MAI_DISTRICT_OFFICE_CODE}' đã giải thể`,
      ],
      [8, 'Mã đơn vị cấp trên', 'parent_rejected', "Dòng 8: đơn vị cấp trên 'TH-XAU-02' ở dòng 3 bị từ chối"],
      [
        9,
        'Mã đơn vị cấp trên',
        'cycle',
        "Dòng 9: đặt đơn vị '00331' dưới 'THCS-00331' tạo thành vòng lặp: 'THCS-00331' nằm dưới chính đơn vị '00331'",
      ],
      [10, 'Mã đơn vị cấp trên', 'cycle', expect.stringContaining('vòng lặp')],
      [11, 'Mã đơn vị cấp trên', 'cycle', expect.stringContaining('vòng lặp')],
    ]);
    expect(report.created).toBe(1);

    const applied = await uploadUnits(admin, 'apply', csvFile(rows));
    expect(applied.statusCode).toBe(422);
    const problem = applied.json<Problem>();
    expect(problem.code).toBe('import_rejected');
    expect(problem.errors?.[0]).toEqual({
      path: 'row 3, Mã đơn vị cấp trên',
      message: "Dòng 3: mã đơn vị cấp trên 'SGD-99' không tồn tại",
    });
    expect(await unitByCode('TH-XAU-01')).toBeUndefined();
  });

  it('rejects a row with a formula in an .xlsx file, and a CSV cell that a spreadsheet would read as one', async () => {
    const formulaRow = [...school('TH-CT-01', HOANG_MAI)];
    const xlsx = await xlsxFile([
      formulaRow.map((cell, index) => (index === 1 ? { formula: 'CONCAT("Trường ","A")' } : cell)),
    ]);
    const report = (await uploadUnitsXlsx(admin, 'dry-run', xlsx)).json<UnitImportReport>();
    expect(report.rejected).toEqual([
      {
        row: 2,
        column: 'Tên đơn vị',
        code: 'formula',
        reason: 'Dòng 2: ô "Tên đơn vị" chứa công thức; hãy dán giá trị thay cho công thức',
      },
    ]);
    const csv = csvFile([school('TH-CT-02', HOANG_MAI, '=HYPERLINK("http://x")')]);
    expect((await uploadUnits(admin, 'dry-run', csv)).json<UnitImportReport>().rejected[0]?.code).toBe(
      'formula',
    );
  });

  it('answers 422 naming a missing or unknown column', async () => {
    const headers = UNIT_HEADERS.map((header) => (header === 'Cấp học' ? 'Cấp' : header));
    const response = await uploadUnits(admin, 'dry-run', csvFile([], headers));
    expect(response.statusCode).toBe(422);
    const problem = response.json<Problem>();
    expect(problem.code).toBe('import_columns_invalid');
    expect(problem.errors).toEqual([
      { path: 'Cấp học', message: 'Thiếu cột "Cấp học"' },
      { path: 'Cấp', message: 'Cột "Cấp" không có trong mẫu' },
    ]);
  });

  it('tells a file that is not a spreadsheet (422), a body that is not a file (415) and one too large (413)', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
    const notSheet = await uploadUnits(admin, 'dry-run', png, 'application/octet-stream');
    expect([notSheet.statusCode, notSheet.json<Problem>().code]).toEqual([422, 'import_not_a_spreadsheet']);
    const zip = await uploadUnitsXlsx(admin, 'dry-run', Buffer.from('504b0304000000', 'hex'));
    expect([zip.statusCode, zip.json<Problem>().code]).toEqual([422, 'import_not_a_spreadsheet']);
    const json = await admin.post('/api/unit-imports?mode=dry-run', { rows: [] });
    expect([json.statusCode, json.json<Problem>().code]).toEqual([415, 'unsupported_media_type']);
    const huge = await uploadUnits(admin, 'dry-run', Buffer.alloc(20 * 1024 * 1024 + 1, 0x41));
    expect([huge.statusCode, huge.json<Problem>().code]).toEqual([413, 'payload_too_large']);
  });

  it('reads 50,000 rows and refuses 50,001 as a whole', async () => {
    const rows = Array.from({ length: 50_000 }, (_, index) => school(`TH-LON-${index}`, HOANG_MAI));
    const report = (await uploadUnits(admin, 'dry-run', csvFile(rows))).json<UnitImportReport>();
    expect(report).toMatchObject({ created: 50_000, rejected: [] });
    expect(report.preview.created).toHaveLength(20);
    const tooMany = await uploadUnits(admin, 'dry-run', csvFile([...rows, school('TH-LON-X', HOANG_MAI)]));
    expect([tooMany.statusCode, tooMany.json<Problem>().code]).toEqual([422, 'import_too_many_rows']);
  });
});

describe('unit import: who may import', () => {
  it('requires a session, and a role that manages units', async () => {
    const file = csvFile([school('TH-QUYEN-01', HOANG_MAI)]);
    expect((await uploadUnits(new HttpClient(t.app), 'dry-run', file)).statusCode).toBe(401);
    const specialist = await t.signIn('so.hanoi');
    expect((await uploadUnits(specialist, 'dry-run', file)).statusCode).toBe(403);
  });

  it('lets a province’s unit administrator import below it, and rejects rows that reach into another province', async () => {
    const file = csvFile([
      school('TH-TINH-01', thanhHoaCommune),
      school('TH-TINH-02', HOANG_MAI),
      school(DEMO_THCS_HOANG_MAI_CODE, thanhHoaCommune),
    ]);
    const report = (await uploadUnits(thanhHoaAdmin, 'dry-run', file)).json<UnitImportReport>();
    expect(report.created).toBe(1);
    expect(report.rejected.map((item) => [item.row, item.code])).toEqual([
      [3, 'outside_scope'],
      [4, 'outside_scope'],
    ]);
    expect((await uploadUnits(thanhHoaAdmin, 'apply', file)).statusCode).toBe(422);
    expect(await unitByCode('TH-TINH-01')).toBeUndefined();
  });
});
