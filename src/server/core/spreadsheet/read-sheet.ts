import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
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

/** The state of exceljs's streaming reader that tells which parts of the archive it has read. */
interface ReaderState {
  model?: unknown;
  sharedStrings?: unknown;
}

/** The reader lost a part the archive holds, so the cells it gave may be wrong. */
class PartDropped extends Error {}

/**
 * exceljs's streaming reader now and then stops before the archive's last entries (exceljs#3064):
 * with `xl/workbook.xml` stored last, as exceljs writes it, about one read in 500 failed; with
 * `xl/sharedStrings.xml` last, as LibreOffice writes it, about one in 100 came back with every text
 * cell empty. The same bytes read again are read whole, so a read that lost a part the central
 * directory lists is made again.
 */
const READ_ATTEMPTS = 3;
const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** The names of the entries in the zip's central directory, read without inflating any of them. */
function zipEntryNames(bytes: Buffer): Set<string> {
  const names = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name);
        return false;
      },
    });
  } catch {
    throw notASpreadsheet();
  }
  return names;
}

/** Throws `PartDropped` unless the reader has read the parts, listed in the archive, that cells depend on. */
function assertPartsRead(reader: ReaderState, entries: Set<string>) {
  if (entries.has('xl/workbook.xml') && reader.model === undefined) throw new PartDropped();
  if (entries.has('xl/sharedStrings.xml') && reader.sharedStrings === undefined) throw new PartDropped();
}

/**
 * Reads the first worksheet with exceljs's streaming reader, which parses the sheet's XML as it goes
 * instead of building the whole workbook model, so memory grows with the rows kept, not the file.
 */
async function readFirstWorksheet(
  bytes: Buffer,
  rowLimit: number,
  entries: Set<string>,
): Promise<SheetContent> {
  const collector = createCollector(rowLimit);
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const state = reader as unknown as ReaderState;
  let sawWorksheet = false;
  try {
    for await (const worksheet of reader) {
      assertPartsRead(state, entries);
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
    if (error instanceof HttpProblem || error instanceof PartDropped) throw error;
    assertPartsRead(state, entries);
    throw notASpreadsheet();
  }
  if (!sawWorksheet) {
    if ([...entries].some((name) => WORKSHEET_PART.test(name))) throw new PartDropped();
    throw notASpreadsheet();
  }
  return collector.content;
}

async function readXlsx(bytes: Buffer, rowLimit: number): Promise<SheetContent> {
  const entries = zipEntryNames(bytes);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await readFirstWorksheet(bytes, rowLimit, entries);
    } catch (error) {
      if (!(error instanceof PartDropped)) throw error;
      if (attempt === READ_ATTEMPTS) throw notASpreadsheet();
    }
  }
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
