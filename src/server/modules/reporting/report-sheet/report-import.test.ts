import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../../test/support/http-client.js';
import { hoangMaiSchoolDraft } from '../../../../../test/support/reporting-fixtures.js';
import type { Problem } from '../../../../contract/problem.js';
import type { ReportImportResult } from '../../../../contract/reporting/report-import.js';
import type { Report } from '../../../../contract/reporting/reports.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: DemoApp;
let principal: HttpClient;
let commune: HttpClient;
let otherProvince: HttpClient;
let reportId: string;

beforeAll(async () => {
  t = await startDemoApp();
  ({ principal, commune, otherProvince, reportId } = await hoangMaiSchoolDraft(t));
});
afterAll(() => t.close());

const report = async () => (await principal.get(`/api/reports/${reportId}`)).json<Report>();

async function downloadTemplate(client: HttpClient = principal): Promise<ExcelJS.Workbook> {
  const response = await client.get(`/api/reports/${reportId}/template?format=xlsx`);
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

/** The row of the template that holds a field or narrative section, found by the hidden id column. */
function rowOf(workbook: ExcelJS.Workbook, id: string): ExcelJS.Row {
  const sheet = workbook.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(7).value === id) found = row;
  });
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}

const fileOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

const importFile = (client: HttpClient, mode: 'dry-run' | 'apply', file: Buffer, extra = '') =>
  client.post(`/api/reports/${reportId}/import?mode=${mode}${extra}`, file, { 'content-type': XLSX });

const fieldIds = async () => {
  const [units, people, count, note] = (await report()).fields.map((field) => field.indicatorId as string);
  return { units: units as string, people: people as string, count: count as string, note: note as string };
};

describe('the report template', () => {
  it('has one row per field and narrative section with Vietnamese headers, the current values and a hidden id column', async () => {
    const { people, count } = await fieldIds();
    const current = await report();
    const saved = await principal.put(`/api/reports/${reportId}`, {
      version: current.version,
      values: { [people]: { numerator: 30, denominator: 40 }, [count]: 12 },
      narrative: { results: 'Đã tổ chức 12 buổi ngoại khóa.' },
    });
    expect(saved.statusCode).toBe(200);

    const workbook = await downloadTemplate();
    const sheet = workbook.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Nội dung báo cáo',
      'Loại số liệu',
      'Giá trị',
      'Tử số',
      'Mẫu số',
      'Mã dòng (không sửa)',
    ]);
    expect(sheet.getColumn(7).hidden).toBe(true);
    expect(sheet.rowCount).toBe(1 + current.fields.length + 3);
    expect(rowOf(workbook, people).getCell(3).value).toBe('Tỷ lệ %: nhập tử số và mẫu số (số nguyên)');
    expect([rowOf(workbook, people).getCell(5).value, rowOf(workbook, people).getCell(6).value]).toEqual([
      30, 40,
    ]);
    expect(rowOf(workbook, count).getCell(4).value).toBe(12);
    expect(rowOf(workbook, 'narrative.results').getCell(4).value).toBe('Đã tổ chức 12 buổi ngoại khóa.');
    expect(workbook.getWorksheet('Hướng dẫn')?.getRow(2).getCell(1).value).toBe('STT');
  });

  it('is given to those who may read the report, and to no one else', async () => {
    await downloadTemplate(commune);
    expect((await otherProvince.get(`/api/reports/${reportId}/template?format=xlsx`)).statusCode).toBe(404);
  });
});

describe('importing a filled template', () => {
  it('round-trips: download, fill, check, save; the values are the report’s', async () => {
    const { units, people, count, note } = await fieldIds();
    const workbook = await downloadTemplate();
    rowOf(workbook, units).getCell(4).value = 'Có';
    rowOf(workbook, people).getCell(5).value = 45;
    rowOf(workbook, people).getCell(6).value = 50;
    rowOf(workbook, count).getCell(4).value = 1234;
    rowOf(workbook, note).getCell(4).value = 'Phối hợp với Công an phường';
    rowOf(workbook, 'narrative.proposals').getCell(4).value = 'Đề nghị bổ sung kinh phí tập huấn.';
    const file = await fileOf(workbook);
    const before = await report();

    const dryRun = await importFile(principal, 'dry-run', file);
    expect(dryRun.statusCode).toBe(200);
    expect(dryRun.json<ReportImportResult>()).toEqual({
      mode: 'dry-run',
      applied: false,
      fieldsFilled: 4,
      fieldsCleared: 0,
      errors: [],
    });
    expect(await report()).toEqual(before);

    const applied = await importFile(principal, 'apply', file, `&version=${before.version}`);
    expect(applied.statusCode).toBe(200);
    expect(applied.json<ReportImportResult>()).toMatchObject({ applied: true, fieldsFilled: 4 });
    const after = await report();
    expect(Object.fromEntries(after.fields.map((field) => [field.indicatorId, field.value]))).toEqual({
      [units]: true,
      [people]: { numerator: 45, denominator: 50 },
      [count]: 1234,
      [note]: 'Phối hợp với Công an phường',
    });
    expect(after.narrative).toEqual({
      results: 'Đã tổ chức 12 buổi ngoại khóa.',
      limitations: '',
      proposals: 'Đề nghị bổ sung kinh phí tập huấn.',
    });
    expect(after.version).toBe(before.version + 1);
  });

  it('refuses the whole file with a Vietnamese message naming each bad cell, by the rules of the form on screen', async () => {
    const { units, people, count } = await fieldIds();
    const workbook = await downloadTemplate();
    rowOf(workbook, units).getCell(4).value = 'Chưa rõ';
    rowOf(workbook, people).getCell(5).value = 60;
    rowOf(workbook, people).getCell(6).value = 50;
    rowOf(workbook, count).getCell(4).value = -3;
    const file = await fileOf(workbook);
    const before = await report();
    const [unitsRow, peopleRow, countRow] = [units, people, count].map((id) => rowOf(workbook, id).number);

    const dryRun = (await importFile(principal, 'dry-run', file)).json<ReportImportResult>();
    expect(dryRun.errors).toEqual([
      { cell: `D${unitsRow}`, message: `Ô D${unitsRow}: chỉ nhận "Có" hoặc "Không"` },
      { cell: `E${peopleRow}`, message: `Ô E${peopleRow}: tử số không được lớn hơn mẫu số` },
      { cell: `D${countRow}`, message: `Ô D${countRow}: phải là một số nguyên từ 0 trở lên` },
    ]);

    const applied = await importFile(principal, 'apply', file);
    expect(applied.statusCode).toBe(422);
    const problem = applied.json<Problem>();
    expect(problem.code).toBe('import_rejected');
    expect(problem.errors?.map((error) => error.message)).toEqual(
      dryRun.errors.map((error) => error.message),
    );
    expect(await report()).toEqual(before);
  });

  it('refuses a percent with one part missing, a denominator of 0 or a fraction of a person, blaming the cell', async () => {
    const { people } = await fieldIds();
    const workbook = await downloadTemplate();
    const row = rowOf(workbook, people);
    row.getCell(5).value = 10;
    row.getCell(6).value = null;
    let result = (await importFile(principal, 'dry-run', await fileOf(workbook))).json<ReportImportResult>();
    expect(result.errors).toEqual([
      { cell: `F${row.number}`, message: `Ô F${row.number}: cần nhập cả tử số và mẫu số` },
    ]);
    row.getCell(5).value = 0;
    row.getCell(6).value = 0;
    result = (await importFile(principal, 'dry-run', await fileOf(workbook))).json<ReportImportResult>();
    expect(result.errors).toEqual([
      { cell: `F${row.number}`, message: `Ô F${row.number}: mẫu số phải lớn hơn 0` },
    ]);
    row.getCell(5).value = 12.5;
    row.getCell(6).value = 40;
    result = (await importFile(principal, 'dry-run', await fileOf(workbook))).json<ReportImportResult>();
    expect(result.errors).toEqual([
      { cell: `E${row.number}`, message: `Ô E${row.number}: tử số và mẫu số phải là số nguyên từ 0 trở lên` },
    ]);
    row.getCell(5).value = 12;
    row.getCell(6).value = 40.5;
    result = (await importFile(principal, 'dry-run', await fileOf(workbook))).json<ReportImportResult>();
    expect(result.errors).toEqual([
      { cell: `F${row.number}`, message: `Ô F${row.number}: tử số và mẫu số phải là số nguyên từ 0 trở lên` },
    ]);
  });

  it('refuses a file whose columns or row ids are not the template’s, and a file that is no spreadsheet', async () => {
    const workbook = await downloadTemplate();
    const sheet = workbook.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    sheet.getRow(2).getCell(7).value = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
    const unknownRow = (
      await importFile(principal, 'dry-run', await fileOf(workbook))
    ).json<ReportImportResult>();
    expect(unknownRow.errors).toEqual([
      { cell: 'G2', message: 'Ô G2: mã dòng không thuộc mẫu báo cáo này; hãy tải lại tệp mẫu' },
    ]);
    sheet.getRow(1).getCell(7).value = null;
    const noIdColumn = await importFile(principal, 'dry-run', await fileOf(workbook));
    expect(noIdColumn.json<Problem>().code).toBe('import_columns_invalid');
    const picture = await importFile(principal, 'apply', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect(picture.json<Problem>().code).toBe('import_not_a_spreadsheet');
  });

  it('lets only the reporting unit import, and refuses a file filled against an older version', async () => {
    const file = await fileOf(await downloadTemplate());
    expect((await importFile(commune, 'dry-run', file)).statusCode).toBe(403);
    expect((await importFile(otherProvince, 'apply', file)).statusCode).toBe(404);
    const stale = await importFile(principal, 'apply', file, '&version=1');
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('version_conflict');
  });
});
