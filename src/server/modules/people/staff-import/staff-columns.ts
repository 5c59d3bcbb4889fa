import type { Role } from '../../../../contract/roles.js';
import type { SheetColumn } from '../../../core/spreadsheet/sheet-columns.js';

/** Roles a staff file may grant; a system administrator is only ever made one by one. */
export type ImportableRole = Exclude<Role, 'system_admin'>;

export const roleLabels: Record<ImportableRole, string> = {
  unit_admin: 'Quản trị đơn vị',
  leader: 'Lãnh đạo',
  specialist: 'Chuyên viên',
  reporter: 'Cán bộ báo cáo',
  viewer: 'Người xem',
};

export type StaffColumnKey = 'username' | 'displayName' | 'email' | 'unitCode' | 'role';

export const staffColumns: readonly SheetColumn<StaffColumnKey>[] = [
  {
    key: 'username',
    header: 'Tên đăng nhập',
    width: 22,
    help: 'Bắt buộc. 3–50 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới; chưa ai dùng. Ví dụ: nguyenvanan.thcshm',
  },
  { key: 'displayName', header: 'Họ và tên', width: 28, help: 'Bắt buộc. Họ và tên đầy đủ, có dấu.' },
  { key: 'email', header: 'Email', width: 28, help: 'Không bắt buộc. Thư điện tử công vụ.' },
  {
    key: 'unitCode',
    header: 'Mã đơn vị',
    width: 16,
    help: 'Bắt buộc. Mã của đơn vị người này công tác, thuộc phạm vi bạn quản lý và đang hoạt động.',
  },
  {
    key: 'role',
    header: 'Vai trò',
    width: 18,
    choices: Object.values(roleLabels),
    help: `Không bắt buộc; vai trò được giao tại đơn vị của người đó. Một trong: ${Object.values(roleLabels).join('; ')}.`,
  },
];

export const exampleStaffRow: Record<StaffColumnKey, string> = {
  username: 'nguyenvanan.thcshm',
  displayName: 'Nguyễn Văn An',
  email: 'nguyenvanan@hanoi.edu.vn',
  unitCode: 'THCS-00331',
  role: roleLabels.reporter,
};

/** Columns of the workbook that hands out the temporary passwords. */
export const passwordColumns: readonly SheetColumn[] = [
  { key: 'username', header: 'Tên đăng nhập', width: 24, help: '' },
  { key: 'displayName', header: 'Họ và tên', width: 28, help: '' },
  { key: 'unit', header: 'Đơn vị', width: 36, help: '' },
  { key: 'password', header: 'Mật khẩu tạm thời', width: 22, help: '' },
];
