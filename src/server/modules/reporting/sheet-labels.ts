import type { SheetColumn } from '../../core/spreadsheet/sheet-columns.js';
import { VIETNAM_OFFSET_MS } from '../../core/vietnam-date.js';

/** How a report's status, a unit's kind and dates read in the round's spreadsheets: as on the screen. */
export const statusNames = {
  draft: 'Đang soạn',
  returned: 'Bị trả lại',
  submitted: 'Đã nộp, chờ duyệt',
  approved: 'Đã duyệt',
} as const;

const awaitingLevelAbove = 'Đã duyệt một cấp, chờ cấp trên duyệt';

/** The status as the screen names it: a submitted report a level has approved waits for the level above. */
export const statusName = (status: keyof typeof statusNames, approvedBelow: boolean) =>
  status === 'submitted' && approvedBelow ? awaitingLevelAbove : statusNames[status];

export const kindNames: Record<string, string> = {
  ministry: 'Bộ',
  department: 'Sở',
  commune: 'Xã/phường',
  district_office: 'Phòng GD&ĐT',
  school: 'Trường',
  partner: 'Đối tác',
};

/** An ISO date (or the date part of a timestamp) as "dd/MM/yyyy". */
export const vietnamDate = (isoDate: string) =>
  `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;

/** A UTC timestamp as Vietnamese local date and time, "dd/MM/yyyy HH:mm". */
export const vietnamDateTime = (timestamp: string) => {
  const local = new Date(Date.parse(timestamp) + VIETNAM_OFFSET_MS).toISOString();
  return `${vietnamDate(local)} ${local.slice(11, 16)}`;
};

/** Columns the round's export and its late/missing list share, read alike in both. */
export const unitKindColumn: SheetColumn = {
  key: 'kind',
  header: 'Loại đơn vị',
  width: 14,
  help: 'Trường, xã/phường, Sở…',
};
export const dueOnColumn: SheetColumn = {
  key: 'due',
  header: 'Hạn nộp',
  width: 12,
  help: 'Ngày cuối cùng được tính là đúng hạn',
};
export const submittedAtColumn: SheetColumn = {
  key: 'submitted',
  header: 'Ngày nộp',
  width: 18,
  help: 'Giờ Việt Nam',
};
