import { type NarrativeKey, narrativeKeys } from '../../../../contract/reporting/fields.js';
import type { ReportImportResult } from '../../../../contract/reporting/report-import.js';
import {
  MAX_NARRATIVE_LENGTH,
  MAX_TEXT_ANSWER_LENGTH,
  type Report,
} from '../../../../contract/reporting/reports.js';
import { columnLetter, columnPositions } from '../../../core/spreadsheet/sheet-columns.js';
import type { SheetContent, SheetRow } from '../../../core/spreadsheet/sheet-rows.js';
import { asciiFold } from '../../../core/text/ascii-fold.js';
import { type SubmittedValue, toStoredValue, type ValueProblem } from '../field-values.js';
import { narrativeRowId, type ReportSheetColumnKey, reportSheetColumns } from './report-sheet-columns.js';

type CellError = ReportImportResult['errors'][number];

export interface ReadReport {
  values: Record<string, SubmittedValue>;
  narrative: Partial<Record<NarrativeKey, string>>;
  errors: CellError[];
}

const PERCENT_PARTS_WHOLE = 'tử số và mẫu số phải là số nguyên từ 0 trở lên';

/** The rules of field-values.ts in the words of the person who filled the sheet, and the cell to blame. */
const problemWording: Record<
  ValueProblem,
  { column: 'value' | 'numerator' | 'denominator'; message: string }
> = {
  not_a_number: { column: 'value', message: 'phải là một số từ 0 trở lên' },
  not_whole_count: { column: 'value', message: 'phải là một số nguyên từ 0 trở lên' },
  not_whole_dong: { column: 'value', message: 'số tiền phải là số nguyên đồng, từ 0 trở lên' },
  not_yes_no: { column: 'value', message: 'chỉ nhận "Có" hoặc "Không"' },
  not_text: { column: 'value', message: 'phải là văn bản' },
  percent_parts_missing: { column: 'numerator', message: 'cần nhập cả tử số và mẫu số' },
  percent_numerator_not_whole: { column: 'numerator', message: PERCENT_PARTS_WHOLE },
  percent_denominator_not_whole: { column: 'denominator', message: PERCENT_PARTS_WHOLE },
  denominator_zero: { column: 'denominator', message: 'mẫu số phải lớn hơn 0' },
  numerator_above_denominator: { column: 'numerator', message: 'tử số không được lớn hơn mẫu số' },
};

const tooLong = (limit: number) => `văn bản dài quá ${limit.toLocaleString('vi-VN')} ký tự`;

const NOT_A_NUMBER = Symbol('not a number');

/**
 * A number as a cell holds it ("1234.5") or as a person types it in Vietnamese ("1.234,5", "12,5");
 * null for an empty cell.
 */
function parseNumber(text: string): number | null | typeof NOT_A_NUMBER {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return null;
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(compact)) return Number(compact);
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact))
    return Number(compact.replaceAll('.', '').replace(',', '.'));
  if (/^-?\d+,\d+$/.test(compact)) return Number(compact.replace(',', '.'));
  return NOT_A_NUMBER;
}

const yesWords = new Set(['co', 'x', '1', 'true', 'yes']);
const noWords = new Set(['khong', '0', 'false', 'no']);

function parseYesNo(text: string): boolean | null | undefined {
  if (text === '') return null;
  const folded = asciiFold(text).toLowerCase();
  if (yesWords.has(folded)) return true;
  if (noWords.has(folded)) return false;
  return undefined;
}

/**
 * Turns the rows of a filled report sheet into the values and narrative a save takes, checking each
 * cell by the rules the JSON API applies; every broken rule is reported with its cell.
 */
export function readReportSheet(sheet: SheetContent, report: Report): ReadReport {
  const at = columnPositions(sheet.header, reportSheetColumns);
  const cellName = (key: ReportSheetColumnKey, row: SheetRow) => `${columnLetter(at[key])}${row.row}`;
  const fields = new Map(report.fields.map((field) => [field.indicatorId, field]));
  const narrativeByRowId = new Map(narrativeKeys.map((key) => [narrativeRowId(key), key]));
  const result: ReadReport = { values: {}, narrative: {}, errors: [] };
  const seen = new Set<string>();
  const refuse = (key: ReportSheetColumnKey, row: SheetRow, message: string) => {
    const cell = cellName(key, row);
    result.errors.push({ cell, message: `Ô ${cell}: ${message}` });
  };

  for (const row of sheet.rows) {
    const cell = (key: ReportSheetColumnKey) => row.cells[at[key]] ?? '';
    const id = cell('id');
    if (id === '') {
      refuse('id', row, 'thiếu mã dòng; hãy chép số liệu vào tệp mẫu tải về, không thêm dòng mới');
      continue;
    }
    if (seen.has(id)) {
      refuse('id', row, 'dòng này lặp lại một dòng phía trên');
      continue;
    }
    seen.add(id);
    const narrativeKey = narrativeByRowId.get(id);
    if (narrativeKey) {
      if (cell('value').length > MAX_NARRATIVE_LENGTH) refuse('value', row, tooLong(MAX_NARRATIVE_LENGTH));
      else result.narrative[narrativeKey] = cell('value');
      continue;
    }
    const field = fields.get(id);
    if (!field) {
      refuse('id', row, 'mã dòng không thuộc mẫu báo cáo này; hãy tải lại tệp mẫu');
      continue;
    }
    let submitted: SubmittedValue;
    if (field.type === 'percent') {
      const numerator = parseNumber(cell('numerator'));
      const denominator = parseNumber(cell('denominator'));
      if (numerator === NOT_A_NUMBER || denominator === NOT_A_NUMBER) {
        if (numerator === NOT_A_NUMBER) refuse('numerator', row, 'tử số phải là một số nguyên');
        if (denominator === NOT_A_NUMBER) refuse('denominator', row, 'mẫu số phải là một số nguyên');
        continue;
      }
      if (numerator === null && denominator === null) submitted = null;
      else if (numerator === null || denominator === null) {
        refuse(numerator === null ? 'numerator' : 'denominator', row, 'cần nhập cả tử số và mẫu số');
        continue;
      } else submitted = { numerator, denominator };
    } else if (field.type === 'yes_no') {
      const answer = parseYesNo(cell('value'));
      if (answer === undefined) {
        refuse('value', row, 'chỉ nhận "Có" hoặc "Không"');
        continue;
      }
      submitted = answer;
    } else if (field.type === 'text') {
      if (cell('value').length > MAX_TEXT_ANSWER_LENGTH) {
        refuse('value', row, tooLong(MAX_TEXT_ANSWER_LENGTH));
        continue;
      }
      submitted = cell('value') === '' ? null : cell('value');
    } else {
      const number = parseNumber(cell('value'));
      if (number === NOT_A_NUMBER) {
        refuse('value', row, 'phải là một số');
        continue;
      }
      submitted = number;
    }
    const stored = toStoredValue(field.type, submitted);
    if ('problem' in stored) {
      const wording = problemWording[stored.problem];
      refuse(wording.column, row, wording.message);
      continue;
    }
    result.values[field.indicatorId] = submitted;
  }
  return result;
}
