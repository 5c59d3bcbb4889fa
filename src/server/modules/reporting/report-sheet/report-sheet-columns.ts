import type { FieldType, NarrativeKey } from '../../../../contract/reporting/fields.js';
import type { SheetColumn } from '../../../core/spreadsheet/sheet-columns.js';

export type ReportSheetColumnKey =
  | 'position'
  | 'label'
  | 'kind'
  | 'value'
  | 'numerator'
  | 'denominator'
  | 'id';

/** The report as a sheet: one row per field, then one per narrative section; the hidden last column says which. */
export const reportSheetColumns: readonly SheetColumn<ReportSheetColumnKey>[] = [
  { key: 'position', header: 'STT', width: 6, help: 'Số thứ tự, chỉ để tham khảo.' },
  {
    key: 'label',
    header: 'Nội dung báo cáo',
    width: 60,
    help: 'Chỉ tiêu, câu hỏi hoặc phần báo cáo. Không sửa.',
  },
  {
    key: 'kind',
    header: 'Loại số liệu',
    width: 28,
    help: 'Cách nhập số liệu của dòng này: số, số tiền, có/không, văn bản hoặc tỷ lệ (tử số và mẫu số).',
  },
  {
    key: 'value',
    header: 'Giá trị',
    width: 40,
    numberFormat: 'General',
    help: 'Số (từ 0 trở lên), số tiền (đồng, số nguyên), "Có" hoặc "Không", hoặc văn bản. Bỏ trống để xóa giá trị. Dòng tỷ lệ để trống cột này.',
  },
  {
    key: 'numerator',
    header: 'Tử số',
    width: 12,
    numberFormat: 'General',
    help: 'Chỉ dòng tỷ lệ: số người (đơn vị) đạt, không lớn hơn mẫu số. Tỷ lệ phần trăm được tính tự động.',
  },
  {
    key: 'denominator',
    header: 'Mẫu số',
    width: 12,
    numberFormat: 'General',
    help: 'Chỉ dòng tỷ lệ: tổng số người (đơn vị), lớn hơn 0.',
  },
  {
    key: 'id',
    header: 'Mã dòng (không sửa)',
    width: 30,
    hidden: true,
    help: 'Cột ẩn cho biết dòng ứng với chỉ tiêu nào. Không sửa, không xóa.',
  },
];

/** The id column's value on a narrative section's row. */
export const narrativeRowId = (key: string) => `narrative.${key}`;

export const YES = 'Có';
export const NO = 'Không';

export const fieldKindHints: Record<FieldType, string> = {
  count: 'Số nguyên (từ 0 trở lên)',
  number: 'Số (từ 0 trở lên)',
  money: 'Số tiền (đồng)',
  yes_no: 'Có/Không',
  text: 'Văn bản',
  percent: 'Tỷ lệ %: nhập tử số và mẫu số (số nguyên)',
};

export const narrativeLabels: Record<NarrativeKey, string> = {
  results: 'Kết quả đạt được',
  limitations: 'Hạn chế, nguyên nhân',
  proposals: 'Đề xuất, kiến nghị',
};

export const NARRATIVE_HINT = 'Văn bản (phần nhận xét)';
