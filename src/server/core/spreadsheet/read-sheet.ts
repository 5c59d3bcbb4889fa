import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { HttpProblem } from '../http/problem.js';
import { parseCsv } from './csv.js';
import type { SheetContent, SheetRow } from './sheet-rows.js';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = '\uFEFF';

const notASpreadsheet = () =>
  new HttpProblem(
    'import_not_a_spreadsheet',
    'The file is neither an Excel workbook (.xlsx) nor UTF-8 CSV text (.csv).',
  );

/** Collects rows in order: the first is the header, blank ones are counted, and too many stop the read. */
function createCollector(rowLimit: number) {
  const content: SheetContent = { header: [], rows: [], emptyRows: 0 };
  let blanksSinceContent = 0;
  let started = false;
  return {
    content,
    add(row: SheetRow) {
      const blank = row.cells.every((cell) => cell === '') && row.formulas.length === 0;
      if (!started) {
        if (blank) return;
        started = true;
        content.header = row.cells;
        return;
      }
      if (blank) {
        blanksSinceContent += 1;
        return;
      }
      content.emptyRows += blanksSinceContent;
      blanksSinceContent = 0;
      if (content.rows.length === rowLimit) {
        throw new HttpProblem(
          'import_too_many_rows',
          `The file has more than ${rowLimit} rows; split it into files of at most ${rowLimit} rows.`,
        );
      }
      content.rows.push(row);
    },
    /** Rows the spreadsheet skipped altogether (xlsx leaves out rows without cells). */
    skipped(count: number) {
      if (started) blanksSinceContent += count;
    },
  };
}

type CellValue = ExcelJS.CellValue;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue);
  if ('text' in value) return cellText(value.text as CellValue);
  if ('error' in value) return value.error;
  return '';
}

const isFormula = (value: CellValue) =>
  typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);

/**
 * Reads the first worksheet with exceljs's streaming reader, which parses the sheet's XML as it goes
 * instead of building the whole workbook model, so memory grows with the rows kept, not the file.
 */
async function readXlsx(bytes: Buffer, rowLimit: number): Promise<SheetContent> {
  const collector = createCollector(rowLimit);
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let sawWorksheet = false;
  try {
    for await (const worksheet of reader) {
      sawWorksheet = true;
      let previous = 0;
      for await (const row of worksheet) {
        collector.skipped(row.number - previous - 1);
        previous = row.number;
        const cells: string[] = [];
        const formulas: number[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          cells[column - 1] = cellText(cell.value).trim();
          if (isFormula(cell.value)) formulas.push(column - 1);
        });
        collector.add({ row: row.number, cells: Array.from(cells, (cell) => cell ?? ''), formulas });
      }
      break;
    }
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw notASpreadsheet();
  }
  if (!sawWorksheet) throw notASpreadsheet();
  return collector.content;
}

function readCsv(bytes: Buffer, rowLimit: number): SheetContent {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notASpreadsheet();
  }
  // Text files never hold NUL; binary files (images, old .xls workbooks) nearly always do.
  if (text.includes('\0')) throw notASpreadsheet();
  if (text.startsWith(UTF8_BOM)) text = text.slice(1);
  const collector = createCollector(rowLimit);
  parseCsv(text).forEach((fields, index) => {
    const cells = fields.map((field) => field.trim());
    // CSV has no formulas, but a spreadsheet program turns a cell starting with "=" into one when it opens the file.
    const formulas = cells.flatMap((cell, column) => (cell.startsWith('=') ? [column] : []));
    collector.add({ row: index + 1, cells, formulas });
  });
  return collector.content;
}

/** The header and data rows of an uploaded .xlsx or .csv file, told apart by their bytes. */
export async function readSheet(bytes: Buffer, rowLimit: number): Promise<SheetContent> {
  if (bytes.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) return readXlsx(bytes, rowLimit);
  return readCsv(bytes, rowLimit);
}
