import type { Ownership, SchoolLevel } from '../../../../contract/org.js';
import type { ImportRejection } from '../../../../contract/spreadsheet.js';
import { rejection } from '../../../core/spreadsheet/rejection.js';
import type { SheetRow } from '../../../core/spreadsheet/sheet-rows.js';
import { labelLookup } from '../search-text.js';
import {
  type ImportableKind,
  kindLabels,
  ownershipLabels,
  schoolLevelLabels,
  type UnitColumnKey,
  unitColumns,
} from './unit-columns.js';

/** A row of a unit file that reads correctly on its own; whether it fits the tree is decided later. */
export interface UnitCandidate {
  row: number;
  code: string;
  name: string;
  shortName: string;
  kind: ImportableKind;
  schoolLevel: SchoolLevel | null;
  ownership: Ownership | null;
  parentCode: string;
  address: string | null;
  phone: string | null;
  email: string | null;
}

const kindOf = labelLookup(kindLabels);
const levelOf = labelLookup(schoolLevelLabels);
const ownershipOf = labelLookup(ownershipLabels);

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const PHONE = /^\+?[0-9][0-9 .()-]{5,19}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TEXT = 200;

const headerOf = (key: UnitColumnKey) => unitColumns.find((column) => column.key === key)?.header ?? key;

/** Reads one row: the candidate, or every reason the row cannot be read. */
export function readUnitRow(
  sheetRow: SheetRow,
  positions: Record<UnitColumnKey, number>,
): { unit: UnitCandidate } | { rejections: ImportRejection[] } {
  const { row } = sheetRow;
  const rejections: ImportRejection[] = [];
  const reject = (key: UnitColumnKey, reason: string, code: 'required' | 'invalid_value' = 'invalid_value') =>
    rejections.push(rejection(row, headerOf(key), code, reason));
  const formulaKeys = new Set(
    unitColumns.filter((column) => sheetRow.formulas.includes(positions[column.key])).map((c) => c.key),
  );
  for (const key of formulaKeys) {
    rejections.push(
      rejection(
        row,
        headerOf(key),
        'formula',
        `ô "${headerOf(key)}" chứa công thức; hãy dán giá trị thay cho công thức`,
      ),
    );
  }
  const cell = (key: UnitColumnKey) => (formulaKeys.has(key) ? '' : (sheetRow.cells[positions[key]] ?? ''));
  const optional = (key: UnitColumnKey) => cell(key) || null;

  const code = cell('code');
  if (!code) {
    if (!formulaKeys.has('code')) reject('code', 'thiếu mã đơn vị', 'required');
  } else if (!CODE.test(code)) {
    reject(
      'code',
      `mã đơn vị '${code}' không hợp lệ (chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới; tối đa 40 ký tự)`,
    );
  }
  const name = cell('name');
  if (!name && !formulaKeys.has('name')) reject('name', 'thiếu tên đơn vị', 'required');
  for (const key of ['name', 'shortName', 'address'] as const) {
    if (cell(key).length > MAX_TEXT) reject(key, `"${headerOf(key)}" dài quá ${MAX_TEXT} ký tự`);
  }
  const kindText = cell('kind');
  const kind = kindOf(kindText);
  if (!kindText) {
    if (!formulaKeys.has('kind')) reject('kind', 'thiếu loại đơn vị', 'required');
  } else if (!kind) {
    reject(
      'kind',
      `loại đơn vị '${kindText}' không hợp lệ; chọn một trong: ${Object.values(kindLabels).join(', ')}`,
    );
  }
  const levelText = cell('schoolLevel');
  const schoolLevel = levelOf(levelText) ?? null;
  if (levelText && !schoolLevel) {
    reject(
      'schoolLevel',
      `cấp học '${levelText}' không hợp lệ; chọn một trong: ${Object.values(schoolLevelLabels).join(', ')}`,
    );
  }
  const ownershipText = cell('ownership');
  const ownership = ownershipOf(ownershipText) ?? null;
  if (ownershipText && !ownership) {
    reject('ownership', `loại hình '${ownershipText}' không hợp lệ; chọn Công lập hoặc Tư thục`);
  }
  if (kind === 'school') {
    if (!levelText && !formulaKeys.has('schoolLevel'))
      reject('schoolLevel', 'trường học cần có cấp học', 'required');
    if (!ownershipText && !formulaKeys.has('ownership'))
      reject('ownership', 'trường học cần có loại hình (công lập/tư thục)', 'required');
  } else if (kind) {
    if (levelText) reject('schoolLevel', 'chỉ trường học mới có cấp học; hãy để trống ô này');
    if (ownershipText) reject('ownership', 'chỉ trường học mới có loại hình; hãy để trống ô này');
  }
  const parentCode = cell('parentCode');
  if (!parentCode && !formulaKeys.has('parentCode'))
    reject('parentCode', 'thiếu mã đơn vị cấp trên', 'required');
  const phone = optional('phone');
  if (phone && !PHONE.test(phone)) reject('phone', `số điện thoại '${phone}' không hợp lệ`);
  const email = optional('email');
  if (email && !EMAIL.test(email)) reject('email', `email '${email}' không hợp lệ`);

  if (rejections.length > 0 || !kind) return { rejections };
  return {
    unit: {
      row,
      code,
      name,
      shortName: cell('shortName') || name,
      kind,
      schoolLevel,
      ownership,
      parentCode,
      address: optional('address'),
      phone,
      email,
    },
  };
}
