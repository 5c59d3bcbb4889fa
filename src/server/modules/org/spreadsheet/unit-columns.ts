import type { OrgUnitKind, Ownership, SchoolLevel } from '../../../../contract/org.js';
import type { SheetColumn } from '../../../core/spreadsheet/sheet-columns.js';

/** The kinds a spreadsheet may hold: the ministry is the root, and district offices closed in 2025. */
export type ImportableKind = Exclude<OrgUnitKind, 'ministry' | 'district_office'>;

export const kindLabels: Record<ImportableKind, string> = {
  department: 'Sở GD&ĐT',
  commune: 'Xã/phường',
  school: 'Trường học',
  partner: 'Đơn vị phối hợp',
};

export const schoolLevelLabels: Record<SchoolLevel, string> = {
  mam_non: 'Mầm non',
  tieu_hoc: 'Tiểu học',
  thcs: 'THCS',
  thpt: 'THPT',
  lien_cap: 'Liên cấp',
  gdtx: 'GDTX',
};

export const ownershipLabels: Record<Ownership, string> = {
  public: 'Công lập',
  private: 'Tư thục',
};

export type UnitColumnKey =
  | 'code'
  | 'name'
  | 'shortName'
  | 'kind'
  | 'schoolLevel'
  | 'ownership'
  | 'parentCode'
  | 'address'
  | 'phone'
  | 'email';

export const unitColumns: readonly SheetColumn<UnitColumnKey>[] = [
  {
    key: 'code',
    header: 'Mã đơn vị',
    width: 16,
    help: 'Bắt buộc. Mã duy nhất của đơn vị, ví dụ mã trường theo hệ thống CSDL ngành. Mã đã có thì dòng này cập nhật đơn vị đó; mã chưa có thì tạo đơn vị mới.',
  },
  {
    key: 'name',
    header: 'Tên đơn vị',
    width: 40,
    help: 'Bắt buộc. Tên đầy đủ, ví dụ "Trường THCS Hoàng Mai".',
  },
  {
    key: 'shortName',
    header: 'Tên viết tắt',
    width: 24,
    help: 'Không bắt buộc. Để trống thì dùng tên đơn vị.',
  },
  {
    key: 'kind',
    header: 'Loại đơn vị',
    width: 18,
    choices: Object.values(kindLabels),
    help: `Bắt buộc. Một trong: ${Object.values(kindLabels).join('; ')}.`,
  },
  {
    key: 'schoolLevel',
    header: 'Cấp học',
    width: 12,
    choices: Object.values(schoolLevelLabels),
    help: `Bắt buộc với trường học, để trống với đơn vị khác. Một trong: ${Object.values(schoolLevelLabels).join('; ')}.`,
  },
  {
    key: 'ownership',
    header: 'Loại hình (công lập/tư thục)',
    width: 16,
    choices: Object.values(ownershipLabels),
    help: 'Bắt buộc với trường học, để trống với đơn vị khác: Công lập hoặc Tư thục.',
  },
  {
    key: 'parentCode',
    header: 'Mã đơn vị cấp trên',
    width: 18,
    help: 'Bắt buộc. Mã của đơn vị quản lý trực tiếp (xã/phường, Sở GD&ĐT…): đơn vị đã có trong hệ thống hoặc ở một dòng khác của tệp. Đơn vị cấp trên phải thuộc phạm vi bạn quản lý và đang hoạt động.',
  },
  { key: 'address', header: 'Địa chỉ', width: 40, help: 'Không bắt buộc.' },
  {
    key: 'phone',
    header: 'Điện thoại',
    width: 16,
    help: 'Không bắt buộc. Chữ số, có thể có dấu cách, dấu chấm, gạch ngang, dấu + ở đầu.',
  },
  { key: 'email', header: 'Email', width: 28, help: 'Không bắt buộc. Thư điện tử của đơn vị.' },
];

/** The template's example: a school under Phường Hoàng Mai (Hà Nội). */
export const exampleUnitRow: Record<UnitColumnKey, string> = {
  code: 'THCS-VIDU-01',
  name: 'Trường THCS Ví Dụ',
  shortName: 'THCS Ví Dụ',
  kind: kindLabels.school,
  schoolLevel: schoolLevelLabels.thcs,
  ownership: ownershipLabels.public,
  parentCode: '00331',
  address: 'Phường Hoàng Mai, Thành phố Hà Nội',
  phone: '024 3864 0000',
  email: 'thcsvidu@hanoi.edu.vn',
};
