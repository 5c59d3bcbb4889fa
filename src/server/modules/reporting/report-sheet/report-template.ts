import { narrativeKeys } from '../../../../contract/reporting/fields.js';
import type { Report } from '../../../../contract/reporting/reports.js';
import type { SpreadsheetFormat } from '../../../../contract/spreadsheet.js';
import type { SheetCell } from '../../../core/spreadsheet/write-sheet.js';
import { spreadsheetStream } from '../../../core/spreadsheet/write-sheet.js';
import {
  fieldKindHints,
  NARRATIVE_HINT,
  NO,
  narrativeLabels,
  narrativeRowId,
  reportSheetColumns,
  YES,
} from './report-sheet-columns.js';

type Field = Report['fields'][number];

/** Value, numerator and denominator cells of a field as the report holds it now. */
function valueCells(field: Field): [SheetCell, SheetCell, SheetCell] {
  const { value } = field;
  if (value === null) return [null, null, null];
  if (typeof value === 'object') return [null, value.numerator, value.denominator];
  if (typeof value === 'boolean') return [value ? YES : NO, null, null];
  return [value, null, null];
}

/** The report's template for offline work, filled with what the report holds now. */
export function reportTemplate(report: Report, format: SpreadsheetFormat) {
  const fieldRows: SheetCell[][] = report.fields.map((field, index) => [
    index + 1,
    field.label,
    fieldKindHints[field.type],
    ...valueCells(field),
    field.indicatorId,
  ]);
  const narrativeRows: SheetCell[][] = narrativeKeys.map((key, index) => [
    report.fields.length + index + 1,
    narrativeLabels[key],
    NARRATIVE_HINT,
    report.narrative[key] || null,
    null,
    null,
    narrativeRowId(key),
  ]);
  return {
    fileName: `Mẫu báo cáo - ${report.unit.name} - ${report.round.title}.${format}`,
    stream: spreadsheetStream(format, {
      sheetName: 'Báo cáo',
      columns: reportSheetColumns,
      rows: [[...fieldRows, ...narrativeRows]],
      validatedRows: 0,
      explained: true,
    }),
  };
}
