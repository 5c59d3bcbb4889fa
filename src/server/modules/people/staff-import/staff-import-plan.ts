import { usernameSchema } from '../../../../contract/accounts.js';
import type { ImportRejection } from '../../../../contract/spreadsheet.js';
import { rejection } from '../../../core/spreadsheet/rejection.js';
import type { SheetRow } from '../../../core/spreadsheet/sheet-rows.js';
import { labelLookup } from '../../org/search-text.js';
import { type ImportableRole, roleLabels, type StaffColumnKey, staffColumns } from './staff-columns.js';

export interface StaffCandidate {
  row: number;
  username: string;
  displayName: string;
  email: string | null;
  unitCode: string;
  role: ImportableRole | null;
}

export interface PlacedStaff extends StaffCandidate {
  unit: { id: number; name: string };
}

interface PlanInput {
  rows: SheetRow[];
  positions: Record<StaffColumnKey, number>;
  takenUsernames: Set<string>;
  units: Map<string, { id: number; name: string; path: string; valid_to: string | null }>;
  /** Whether the caller may create accounts (and grant the role, if any) at the unit with this path. */
  mayPlace(unitPath: string, role: ImportableRole | null): boolean;
}

const roleOf = labelLookup(roleLabels);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const headerOf = (key: StaffColumnKey) => staffColumns.find((column) => column.key === key)?.header ?? key;

/** Reads one row on its own: the candidate, or every reason it cannot be read. */
export function readStaffRow(
  sheetRow: SheetRow,
  positions: Record<StaffColumnKey, number>,
): { staff: StaffCandidate } | { rejections: ImportRejection[] } {
  const { row } = sheetRow;
  const rejections: ImportRejection[] = [];
  const reject = (
    key: StaffColumnKey,
    reason: string,
    code: 'required' | 'invalid_value' | 'formula' = 'invalid_value',
  ) => rejections.push(rejection(row, headerOf(key), code, reason));
  const cell = (key: StaffColumnKey) => {
    if (sheetRow.formulas.includes(positions[key])) {
      reject(key, `ô "${headerOf(key)}" chứa công thức; hãy dán giá trị thay cho công thức`, 'formula');
      return null;
    }
    return sheetRow.cells[positions[key]] ?? '';
  };
  const usernameText = cell('username');
  const username = usernameSchema.safeParse(usernameText ?? '');
  if (usernameText === '') reject('username', 'thiếu tên đăng nhập', 'required');
  else if (usernameText !== null && !username.success) {
    reject(
      'username',
      `tên đăng nhập '${usernameText}' không hợp lệ: cần 3–50 ký tự gồm chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới`,
    );
  }
  const displayName = cell('displayName');
  if (displayName === '') reject('displayName', 'thiếu họ và tên', 'required');
  else if (displayName !== null && displayName.length > 120)
    reject('displayName', 'họ và tên dài quá 120 ký tự');
  const email = cell('email');
  if (email && !EMAIL.test(email)) reject('email', `email '${email}' không hợp lệ`);
  const unitCode = cell('unitCode');
  if (unitCode === '') reject('unitCode', 'thiếu mã đơn vị', 'required');
  const roleText = cell('role');
  const role = roleText ? roleOf(roleText) : undefined;
  if (roleText && !role) {
    reject(
      'role',
      `vai trò '${roleText}' không hợp lệ; chọn một trong: ${Object.values(roleLabels).join(', ')}`,
    );
  }
  if (rejections.length > 0 || !username.success || !displayName || !unitCode) return { rejections };
  return {
    staff: { row, username: username.data, displayName, email: email || null, unitCode, role: role ?? null },
  };
}

/** Decides which rows of a staff file become accounts, and why the others cannot. */
export function planStaffImport(candidates: StaffCandidate[], input: Omit<PlanInput, 'rows' | 'positions'>) {
  const accepted: PlacedStaff[] = [];
  const rejected: ImportRejection[] = [];
  const firstRow = new Map<string, number>();
  for (const staff of candidates) {
    const unit = input.units.get(staff.unitCode);
    const earlier = firstRow.get(staff.username);
    if (earlier === undefined) firstRow.set(staff.username, staff.row);
    const problem =
      earlier !== undefined
        ? rejection(
            staff.row,
            'Tên đăng nhập',
            'duplicate_in_file',
            `tên đăng nhập '${staff.username}' trùng với dòng ${earlier}`,
          )
        : input.takenUsernames.has(staff.username)
          ? rejection(
              staff.row,
              'Tên đăng nhập',
              'username_taken',
              `tên đăng nhập '${staff.username}' đã có người dùng`,
            )
          : !unit
            ? rejection(
                staff.row,
                'Mã đơn vị',
                'unit_not_found',
                `mã đơn vị '${staff.unitCode}' không tồn tại`,
              )
            : unit.valid_to !== null
              ? rejection(staff.row, 'Mã đơn vị', 'unit_closed', `đơn vị '${staff.unitCode}' đã giải thể`)
              : !input.mayPlace(unit.path, staff.role)
                ? rejection(
                    staff.row,
                    'Mã đơn vị',
                    'outside_scope',
                    `đơn vị '${staff.unitCode}' không thuộc phạm vi bạn quản lý`,
                  )
                : null;
    if (problem) rejected.push(problem);
    else if (unit) accepted.push({ ...staff, unit: { id: unit.id, name: unit.name } });
  }
  return { accepted, rejected };
}
