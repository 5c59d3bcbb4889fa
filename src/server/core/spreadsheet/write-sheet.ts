import { PassThrough, type Readable, type Writable } from 'node:stream';
import type { SpreadsheetFormat } from '../../../contract/spreadsheet.js';
import { csvLine } from './csv.js';
import type { SheetColumn } from './sheet-columns.js';
import type { SheetCell } from './xlsx-sheet-xml.js';
import { writeXlsx } from './xlsx-writer.js';

export type { SheetCell };

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
