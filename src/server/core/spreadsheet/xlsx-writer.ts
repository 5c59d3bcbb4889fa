import type { Writable } from 'node:stream';
import type { SheetSpec } from './write-sheet.js';
import { type CellStyle, createStyleTable, sheetPath, workbookParts } from './xlsx-parts.js';
import { createRowEncoder } from './xlsx-rows.js';
import { sheetEndXml, sheetStartXml } from './xlsx-sheet-xml.js';
import { createZipWriter } from './xlsx-zip.js';

// Text format keeps codes such as "00331" and phone numbers from turning into numbers in Excel.
const TEXT_FORMAT = '@';
const NOTES_SHEET = 'Hướng dẫn';
/** Rows go to the deflate in pieces of about this size, so a big batch never sits in memory at once. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Writes an .xlsx straight as SpreadsheetML: each batch of rows becomes XML and goes through the zip's
 * deflate as it comes, so memory holds one batch whatever the number of rows.
 */
export async function writeXlsx(output: Writable, spec: SheetSpec): Promise<void> {
  const styles = createStyleTable();
  const columnStyle = (extra: CellStyle) =>
    spec.columns.map((column) =>
      styles.index({ numberFormat: column.numberFormat ?? TEXT_FORMAT, ...extra }),
    );
  const dataStyles = columnStyle({});
  const headerStyles = columnStyle({ bold: true });
  const notesHeaderStyle = styles.index({ bold: true });
  const notesStyle = styles.index({ wrapTop: true });

  const sheetNames = spec.explained ? [spec.sheetName, NOTES_SHEET] : [spec.sheetName];
  const zip = createZipWriter(output);
  for (const [path, xml] of workbookParts(sheetNames)) await zip.add(path, xml);
  await zip.add('xl/styles.xml', styles.xml());

  const sheet = zip.entry(sheetPath(0));
  const rows = createRowEncoder(dataStyles, CHUNK_BYTES);
  await sheet.write(
    sheetStartXml({
      widths: spec.columns.map((column) => column.width),
      styles: dataStyles,
      hidden: spec.columns.map((column) => column.hidden ?? false),
      frozenHeader: true,
    }),
  );
  rows.row(
    1,
    spec.columns.map((column) => column.header),
    headerStyles,
  );
  let rowNumber = 1;
  for await (const batch of spec.rows) {
    for (const cells of batch) {
      rowNumber += 1;
      rows.row(rowNumber, cells);
      if (rows.size >= CHUNK_BYTES) await sheet.write(rows.take());
    }
  }
  await sheet.write(rows.take());
  await sheet.write(sheetEndXml(spec.columns, spec.validatedRows));
  await sheet.end();

  if (spec.explained) {
    const notes = zip.entry(sheetPath(1));
    const notesRows = createRowEncoder([notesStyle, notesStyle], CHUNK_BYTES);
    notesRows.row(1, ['Cột', 'Cách điền'], [notesHeaderStyle, notesHeaderStyle]);
    for (const [index, column] of spec.columns.entries()) {
      notesRows.row(index + 2, [column.header, column.help]);
    }
    await notes.write(sheetStartXml({ widths: [32, 90], frozenHeader: false }));
    await notes.write(notesRows.take());
    await notes.write(sheetEndXml());
    await notes.end();
  }
  zip.finish();
}
