import type { Readable } from 'node:stream';
import type { Completeness, OutstandingReports } from '../../../contract/reporting/dashboards.js';
import type { SpreadsheetFormat } from '../../../contract/spreadsheet.js';
import type { SheetColumn } from '../../core/spreadsheet/sheet-columns.js';
import { type SheetCell, spreadsheetStream } from '../../core/spreadsheet/write-sheet.js';
import {
  dueOnColumn,
  kindNames,
  statusNames,
  submittedAtColumn,
  unitKindColumn,
  vietnamDate,
  vietnamDateTime,
} from './sheet-labels.js';

const count = (key: string, header: string, help: string): SheetColumn => ({
  key,
  header,
  width: 12,
  help,
  numberFormat: '#,##0',
});

const completenessColumns: SheetColumn[] = [
  { key: 'unit', header: 'Đơn vị', width: 40, help: 'Đơn vị trực thuộc' },
  count('expected', 'Phải nộp', 'Số báo cáo phải nộp'),
  count('submitted', 'Đã nộp', 'Đã nộp hoặc đã duyệt, đúng hạn hay trễ hạn'),
  count('onTime', 'Đúng hạn', 'Nộp trong hạn'),
  count('late', 'Trễ hạn', 'Nộp sau hạn'),
  count('missing', 'Quá hạn chưa nộp', 'Chưa nộp dù đã quá hạn'),
  count('approved', 'Đã duyệt', 'Được cấp cao nhất duyệt'),
  { key: 'share', header: 'Tỷ lệ đã nộp', width: 14, help: 'Đã nộp / phải nộp', numberFormat: '0.0"%"' },
];

/** The completeness table of a dashboard, one row per child unit and the total last. */
export function completenessSheet(completeness: Completeness, format: SpreadsheetFormat): Readable {
  const row = (name: string, counts: Completeness['total']): SheetCell[] => [
    name,
    counts.expected,
    counts.submitted,
    counts.onTime,
    counts.late,
    counts.missing,
    counts.approved,
    counts.share,
  ];
  return spreadsheetStream(format, {
    sheetName: 'Tiến độ nộp báo cáo',
    columns: completenessColumns,
    rows: [
      [
        ...completeness.children.map((child) => row(child.unit.name, child)),
        row('Tổng cộng', completeness.total),
      ],
    ],
    validatedRows: 0,
  });
}

const stateNames = {
  missing: 'Quá hạn chưa nộp',
  late: 'Nộp trễ hạn',
  pending: 'Chưa nộp, còn hạn',
} as const;

const outstandingColumns: SheetColumn[] = [
  { key: 'unit', header: 'Đơn vị', width: 40, help: 'Đơn vị báo cáo' },
  unitKindColumn,
  {
    key: 'state',
    header: 'Tình trạng',
    width: 18,
    help: 'Quá hạn chưa nộp, nộp trễ hạn hoặc chưa nộp còn hạn',
  },
  { key: 'status', header: 'Trạng thái', width: 14, help: 'Trạng thái của báo cáo' },
  dueOnColumn,
  submittedAtColumn,
  count('contacts', 'Người nhận nhắc nhở', 'Số tài khoản điền báo cáo của đơn vị'),
];

/** The late and missing units of a dashboard, read page by page so a national list never sits in memory. */
export function outstandingSheet(
  pages: AsyncIterable<OutstandingReports['items']>,
  format: SpreadsheetFormat,
): Readable {
  async function* rows(): AsyncGenerator<SheetCell[][]> {
    for await (const items of pages) {
      yield items.map((item) => [
        item.unit.name,
        kindNames[item.unit.kind] ?? item.unit.kind,
        stateNames[item.state],
        statusNames[item.report.status],
        vietnamDate(item.report.dueOn),
        item.report.submittedAt ? vietnamDateTime(item.report.submittedAt) : null,
        item.contacts,
      ]);
    }
  }
  return spreadsheetStream(format, {
    sheetName: 'Đơn vị chậm, chưa nộp',
    columns: outstandingColumns,
    rows: rows(),
    validatedRows: 0,
  });
}
