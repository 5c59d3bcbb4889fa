import type { Readable } from 'node:stream';
import { isReported } from '../../../contract/reporting/fields.js';
import type { SpreadsheetFormat } from '../../../contract/spreadsheet.js';
import type { SheetColumn } from '../../core/spreadsheet/sheet-columns.js';
import { type SheetCell, spreadsheetStream } from '../../core/spreadsheet/write-sheet.js';
import type { ReportingRepository, RoundRow } from './repository.js';
import {
  dueOnColumn,
  kindNames,
  statusName,
  submittedAtColumn,
  unitKindColumn,
  vietnamDate,
  vietnamDateTime,
} from './sheet-labels.js';

/**
 * Reports per page; a page is held while the next is read. Nationally, pages of 1,000 left about 35 MB
 * more garbage in the old generation per export than pages of 250 or 100, which did not differ.
 */
const PAGE_SIZE = 250;

const numberFormats = { count: '#,##0', number: '#,##0.##', money: '#,##0 "đ"', percent: '0.0"%"' } as const;

/** What an export reads, and nothing else: it may run on a read-only connection. */
export type ExportReads = Pick<
  ReportingRepository,
  'fieldsOf' | 'exportReportIds' | 'exportReports' | 'exportValues'
>;

type Field = Awaited<ReturnType<ReportingRepository['fieldsOf']>>[number];
/** A report's values as the repository reads them: field id, value and text, three by three. */
type StoredValues = (number | string | null)[];

function fieldColumn(field: Field): SheetColumn {
  const header = field.type === 'percent' ? `${field.label} (%)` : field.label;
  const numberFormat =
    field.type === 'count' || field.type === 'number' || field.type === 'money' || field.type === 'percent'
      ? numberFormats[field.type]
      : undefined;
  return {
    key: field.public_id,
    header,
    width: 24,
    help: field.label,
    ...(numberFormat ? { numberFormat } : {}),
  };
}

const fixedColumns: SheetColumn[] = [
  { key: 'code', header: 'Mã đơn vị', width: 14, help: 'Mã của đơn vị báo cáo' },
  { key: 'name', header: 'Đơn vị', width: 40, help: 'Tên đơn vị báo cáo' },
  unitKindColumn,
  {
    key: 'status',
    header: 'Trạng thái',
    width: 18,
    help: 'Đang soạn, bị trả lại, đã nộp chờ duyệt, đã duyệt một cấp chờ cấp trên duyệt, hoặc đã duyệt',
  },
  dueOnColumn,
  submittedAtColumn,
  { key: 'timeliness', header: 'Đúng hạn', width: 12, help: 'Đúng hạn hoặc trễ hạn' },
];

/**
 * The raw data of a round as a spreadsheet, one row per reporting unit, streamed page by page so a
 * round of 50,000 schools never sits in memory.
 */
export async function roundExport(
  repository: ExportReads,
  round: RoundRow,
  underPath: string | null,
  format: SpreadsheetFormat,
): Promise<Readable> {
  const fields = await repository.fieldsOf(round.form_id, round.form_version);

  const columnOf = new Map(fields.map((field, index) => [field.id, { field, index }]));
  const noValues: SheetCell[] = fields.map(() => null);
  const reportIds = await repository.exportReportIds(round.id, underPath);

  /** A stored value as its cell: yes/no in words, text as written, numbers as numbers. */
  function fieldCell(field: Field, value: number | null, text: string | null): SheetCell {
    if (field.type === 'yes_no') return value === null ? null : value === 1 ? 'Có' : 'Không';
    if (field.type === 'text') return text;
    // To one decimal place, as on the screen: a text export would otherwise print 89.72375690607734.
    if (field.type === 'percent' && value !== null) return Math.round(value * 10) / 10;
    return value;
  }

  const readPage = (start: number) => {
    const pageIds = reportIds.slice(start, start + PAGE_SIZE);
    const page = Promise.all([repository.exportReports(pageIds), repository.exportValues(pageIds)]);
    // A download stopped halfway leaves the page read ahead unawaited; its failure is then nobody's to report.
    page.catch(() => {});
    return page;
  };

  async function* rows(): AsyncGenerator<SheetCell[][]> {
    if (reportIds.length === 0) return;
    // The next page is read while this one is written, so the database works beside the writer.
    let nextPage = readPage(0);
    for (let start = 0; start < reportIds.length; start += PAGE_SIZE) {
      const [reports, values] = await nextPage;
      if (start + PAGE_SIZE < reportIds.length) nextPage = readPage(start + PAGE_SIZE);
      // Both lists are in report id order, so each report's values are the next row of `values`
      // (past those of a report deleted between the two reads).
      let next = 0;
      yield reports.map((report) => {
        while ((values[next]?.report_id ?? Number.POSITIVE_INFINITY) < report.id) next += 1;
        const reported = isReported(report.status);
        const row: SheetCell[] = [
          report.code,
          report.name,
          kindNames[report.kind] ?? report.kind,
          statusName(report.status, report.approved_through_unit_id !== null),
          vietnamDate(report.due_on),
          report.submitted_at ? vietnamDateTime(report.submitted_at) : null,
          reported ? (report.late === 1 ? 'Trễ hạn' : 'Đúng hạn') : null,
          ...noValues,
        ];
        const own = values[next];
        if (own?.report_id === report.id) {
          next += 1;
          const stored = JSON.parse(own.values) as StoredValues;
          for (let index = 0; index < stored.length; index += 3) {
            const column = columnOf.get(stored[index] as number);
            if (column) {
              row[fixedColumns.length + column.index] = fieldCell(
                column.field,
                stored[index + 1] as number | null,
                stored[index + 2] as string | null,
              );
            }
          }
        }
        return row;
      });
    }
  }

  return spreadsheetStream(format, {
    sheetName: 'Số liệu báo cáo',
    columns: [...fixedColumns, ...fields.map(fieldColumn)],
    rows: rows(),
    validatedRows: 0,
  });
}
