import ExcelJS from 'exceljs';
import type { HttpClient } from '../../../../../test/support/http-client.js';
import { csvLine } from '../../../core/spreadsheet/csv.js';
import { unitColumns } from './unit-columns.js';

export const UNIT_HEADERS = unitColumns.map((column) => column.header);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A row of a unit file given by header, the rest blank. */
export const unitRow = (cells: Partial<Record<string, string>>) =>
  UNIT_HEADERS.map((header) => cells[header] ?? '');

export const school = (code: string, parentCode: string, name = `Trường Tiểu học ${code}`) =>
  unitRow({
    'Mã đơn vị': code,
    'Tên đơn vị': name,
    'Loại đơn vị': 'Trường học',
    'Cấp học': 'Tiểu học',
    'Loại hình (công lập/tư thục)': 'Công lập',
    'Mã đơn vị cấp trên': parentCode,
  });

export const csvFile = (rows: string[][], headers = UNIT_HEADERS) =>
  Buffer.from(`\uFEFF${[headers, ...rows].map(csvLine).join('')}`, 'utf8');

/** An .xlsx file; a cell given as `{ formula }` is written as a formula. */
export async function xlsxFile(
  rows: (string | { formula: string })[][],
  headers = UNIT_HEADERS,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đơn vị');
  sheet.addRow(headers);
  for (const row of rows)
    sheet.addRow(
      row.map((cell) => (typeof cell === 'string' ? cell : { formula: cell.formula, result: 'x' })),
    );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const uploadUnits = (client: HttpClient, mode: 'dry-run' | 'apply', file: Buffer, type = 'text/csv') =>
  client.post(`/api/unit-imports?mode=${mode}`, file, { 'content-type': type });

export const uploadUnitsXlsx = (client: HttpClient, mode: 'dry-run' | 'apply', file: Buffer) =>
  uploadUnits(client, mode, file, XLSX_TYPE);

/** Reads the rows of an .xlsx response's sheets, as text. */
export async function workbookSheets(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The first sheet of an .xlsx response; fails the test when there is none. */
export async function firstSheet(bytes: Buffer) {
  const [sheet] = (await workbookSheets(bytes)).worksheets;
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}
