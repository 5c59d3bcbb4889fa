import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet.js';
import type { SheetColumn } from './sheet-columns.js';
import { type SheetCell, spreadsheetStream } from './write-sheet.js';

const TEXT_COLUMNS = 7;
const NUMBER_COLUMNS = 40;
const BATCH = 1000;

const columns: SheetColumn[] = [
  { key: 'code', header: 'Mã đơn vị', width: 14, help: 'Mã của đơn vị' },
  { key: 'kind', header: 'Loại', width: 14, help: 'Loại đơn vị', choices: ['Trường học', 'Xã/phường'] },
  ...Array.from({ length: TEXT_COLUMNS - 3 }, (_, index) => ({
    key: `text${index}`,
    header: `Ghi chú ${index + 1}`,
    width: 20,
    help: 'Chữ',
  })),
  { key: 'id', header: 'Mã ẩn', width: 10, help: 'Không sửa', hidden: true },
  ...Array.from({ length: NUMBER_COLUMNS }, (_, index) => ({
    key: `number${index}`,
    header: `Chỉ tiêu ${index + 1}`,
    width: 12,
    help: 'Số',
    numberFormat: ['#,##0', '0.0"%"', '#,##0 "đ"', '#,##0.##'][index % 4],
  })),
];

const schoolRow = (row: number): SheetCell[] => [
  String(row).padStart(6, '0'),
  row % 2 ? 'Trường học' : 'Xã/phường',
  `Trường THCS số ${row} <Đống Đa> & "Hà Nội"`,
  row % 3 ? null : 'Giữa\u0001dòng\uFFFF',
  '  cách đầu',
  '',
  `id-${row}`,
  ...Array.from({ length: NUMBER_COLUMNS }, (_, index) => (index % 5 === 4 ? null : row * 10 + index + 0.5)),
];

async function* batchesOf(rows: number, pulled: { batches: number } = { batches: 0 }) {
  for (let start = 1; start <= rows; start += BATCH) {
    pulled.batches += 1;
    yield Array.from({ length: Math.min(BATCH, rows - start + 1) }, (_, index) => schoolRow(start + index));
  }
}

/** A sink that counts the bytes it receives and keeps them to read back. */
function countingSink() {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      chunks.push(chunk);
      done();
    },
  });
  return { sink, bytes: () => bytes, file: () => Buffer.concat(chunks) };
}

const spec = (rows: AsyncIterable<SheetCell[][]>) => ({
  sheetName: 'Số liệu báo cáo',
  columns,
  rows,
  validatedRows: 500,
  explained: true,
});

describe('xlsx writing', () => {
  it('streams 2,000 rows of 47 columns that ExcelJS reads back with formats, frozen header, lists and notes', async () => {
    const { sink, bytes, file } = countingSink();
    await pipeline(spreadsheetStream('xlsx', spec(batchesOf(2000))), sink);
    expect(bytes()).toBeGreaterThan(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file() as unknown as ArrayBuffer);
    const [data, notes] = workbook.worksheets;
    if (!data || !notes) throw new Error('the workbook lacks a sheet');
    expect(data.name).toBe('Số liệu báo cáo');
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.rowCount).toBe(2001);
    expect(data.getRow(1).getCell(1).value).toBe('Mã đơn vị');
    expect(data.getRow(1).getCell(1).font?.bold).toBe(true);
    for (const row of [2, 3, 2001]) {
      const cells = columns.map((_, index) => data.getRow(row).getCell(index + 1).value ?? null);
      expect(cells).toEqual(schoolRow(row - 1).map((cell) => (cell === '' ? null : cell)));
    }
    expect(data.getCell('D4').value).toBe('Giữadòng');
    expect(data.getCell('A2').numFmt).toBe('@');
    expect(data.getCell('I2').numFmt).toBe('0.0"%"');
    expect(data.getCell('J2').numFmt).toBe('#,##0 "đ"');
    expect(data.getColumn(7).hidden).toBe(true);
    expect(data.getColumn(2).width).toBe(14);
    const validations = (data as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations.model;
    expect(validations.B501).toMatchObject({ type: 'list', formulae: ['"Trường học,Xã/phường"'] });
    expect(notes.name).toBe('Hướng dẫn');
    expect((notes.getRow(3).values as unknown[]).slice(1)).toEqual(['Loại', 'Loại đơn vị']);
  }, 20_000);

  it('is read by the import as the text it was written with', async () => {
    const { sink, file } = countingSink();
    await pipeline(spreadsheetStream('xlsx', spec(batchesOf(3))), sink);
    const content = await readSheet(file(), 10);
    expect(content.header).toEqual(columns.map((column) => column.header));
    expect(content.rows[0]?.cells.slice(0, 3)).toEqual([
      '000001',
      'Trường học',
      'Trường THCS số 1 <Đống Đa> & "Hà Nội"',
    ]);
  });

  it('stops asking for rows while nobody reads the file', async () => {
    const pulled = { batches: 0 };
    const stream = spreadsheetStream('xlsx', spec(batchesOf(20_000, pulled)));
    await sleep(300);
    expect(pulled.batches).toBeLessThan(5);
    const { sink, bytes } = countingSink();
    await pipeline(stream, sink);
    expect(pulled.batches).toBe(20);
    expect(bytes()).toBeGreaterThan(0);
  }, 20_000);
});
