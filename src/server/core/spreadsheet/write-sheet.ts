import { PassThrough, type Readable, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { SpreadsheetFormat } from '../../../contract/spreadsheet.js';
import { csvLine } from './csv.js';
import { columnLetter, type SheetColumn } from './sheet-columns.js';

/** A cell: text, or a number in a column that has a number format; null leaves it empty. */
export type SheetCell = string | number | null;

export interface SheetSpec {
  sheetName: string;
  columns: readonly SheetColumn[];
  rows: AsyncIterable<SheetCell[][]> | Iterable<SheetCell[][]>;
  /** How many rows below the header get the drop-down lists. */
  validatedRows: number;
  /** Adds a second sheet explaining each column (templates, not exports of data). */
  explained?: boolean;
}

export const spreadsheetContentTypes: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const TEXT_FORMAT = '@';

/** The streaming worksheet writes data validations, though exceljs's types leave them off. */
interface ValidatedSheet {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Writes an .xlsx with exceljs's streaming writer: each row is flushed to the zip as soon as it is added. */
async function writeXlsx(output: Writable, spec: SheetSpec): Promise<void> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text format keeps codes such as "00331" and phone numbers from turning into numbers in Excel.
  sheet.columns = spec.columns.map((column) => ({
    width: column.width,
    hidden: column.hidden ?? false,
    style: { numFmt: column.numberFormat ?? TEXT_FORMAT },
  }));
  spec.columns.forEach((column, position) => {
    if (!column.choices) return;
    const letter = columnLetter(position);
    (sheet as unknown as ValidatedSheet).dataValidations.add(
      `${letter}2:${letter}${spec.validatedRows + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: column.header,
        error: `Chọn một giá trị trong danh sách: ${column.choices.join(', ')}`,
      },
    );
  });
  const header = sheet.addRow(spec.columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  for await (const batch of spec.rows) {
    for (const cells of batch) sheet.addRow(cells).commit();
  }
  sheet.commit();
  if (spec.explained) {
    const notes = workbook.addWorksheet('Hướng dẫn');
    notes.columns = [{ width: 32 }, { width: 90 }];
    const notesHeader = notes.addRow(['Cột', 'Cách điền']);
    notesHeader.font = { bold: true };
    notesHeader.commit();
    for (const column of spec.columns) {
      const row = notes.addRow([column.header, column.help]);
      row.alignment = { wrapText: true, vertical: 'top' };
      row.commit();
    }
    notes.commit();
  }
  await workbook.commit();
}

/** Writes UTF-8 CSV with a byte order mark, which Excel needs to read the Vietnamese letters. */
async function writeCsv(output: Writable, spec: SheetSpec): Promise<void> {
  output.write(`\uFEFF${csvLine(spec.columns.map((column) => column.header))}`);
  for await (const batch of spec.rows) {
    const lines = batch.map((cells) => csvLine(cells.map((cell) => (cell === null ? '' : String(cell)))));
    if (!output.write(lines.join(''))) {
      await new Promise((resolve) => output.once('drain', resolve));
    }
  }
  output.end();
}

/** The spreadsheet as a stream to send as a response body; a failure while writing aborts the stream. */
export function spreadsheetStream(format: SpreadsheetFormat, spec: SheetSpec): Readable {
  const output = new PassThrough();
  (format === 'xlsx' ? writeXlsx(output, spec) : writeCsv(output, spec)).catch((error: unknown) =>
    output.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return output;
}
