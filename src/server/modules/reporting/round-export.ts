import type { Readable } from 'node:stream';
import type { SpreadsheetFormat } from '../../../contract/spreadsheet.js';
import type { SheetColumn } from '../../core/spreadsheet/sheet-columns.js';
import { type SheetCell, spreadsheetStream } from '../../core/spreadsheet/write-sheet.js';
import type { ReportingRepository, RoundRow } from './repository.js';
import { kindNames, statusNames, vietnamDate, vietnamDateTime } from './sheet-labels.js';

const PAGE_SIZE = 1000;

const numberFormats = { number: '#,##0.##', money: '#,##0 "đ"', percent: '0.0"%"' } as const;

type Field = Awaited<ReturnType<ReportingRepository['fieldsOf']>>[number];

function fieldColumn(field: Field): SheetColumn {
  const header = field.type === 'percent' ? `${field.label} (%)` : field.label;
  const numberFormat =
    field.type === 'number' || field.type === 'money' || field.type === 'percent'
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
  { key: 'kind', header: 'Loại đơn vị', width: 14, help: 'Trường, xã/phường, Sở…' },
  { key: 'status', header: 'Trạng thái', width: 14, help: 'Chưa nộp, bị trả lại, đã nộp hoặc đã duyệt' },
  { key: 'due', header: 'Hạn nộp', width: 12, help: 'Ngày cuối cùng được tính là đúng hạn' },
  { key: 'submitted', header: 'Ngày nộp', width: 18, help: 'Giờ Việt Nam' },
  { key: 'timeliness', header: 'Đúng hạn', width: 12, help: 'Đúng hạn hoặc muộn' },
];

/**
 * The raw data of a round as a spreadsheet, one row per reporting unit, streamed page by page so a
 * round of 50,000 schools never sits in memory.
 */
export async function roundExport(
  repository: ReportingRepository,
  round: RoundRow,
  underPath: string | null,
  format: SpreadsheetFormat,
): Promise<Readable> {
  const fields = await repository.fieldsOf(round.form_id, round.form_version);

  async function* rows(): AsyncGenerator<SheetCell[][]> {
    let afterId = 0;
    for (;;) {
      const page = await repository.exportPage(round.id, underPath, afterId, PAGE_SIZE);
      if (page.length === 0) return;
      const values = await repository.valuesOfReports(page.map((report) => report.id));
      const byReport = new Map<number, Map<number, (typeof values)[number]>>();
      for (const value of values) {
        byReport.set(
          value.report_id,
          (byReport.get(value.report_id) ?? new Map()).set(value.field_id, value),
        );
      }
      yield page.map((report) => {
        const reported = report.status === 'submitted' || report.status === 'approved';
        const own = byReport.get(report.id);
        return [
          report.code,
          report.name,
          kindNames[report.kind] ?? report.kind,
          statusNames[report.status],
          vietnamDate(report.due_on),
          report.submitted_at ? vietnamDateTime(report.submitted_at) : null,
          reported ? (report.late === 1 ? 'Muộn' : 'Đúng hạn') : null,
          ...fields.map((field): SheetCell => {
            const stored = own?.get(field.id);
            if (!stored) return null;
            if (field.type === 'yes_no')
              return stored.value === null ? null : stored.value === 1 ? 'Có' : 'Không';
            if (field.type === 'text') return stored.text_value;
            return stored.value;
          }),
        ];
      });
      afterId = page.at(-1)?.id ?? afterId;
    }
  }

  return spreadsheetStream(format, {
    sheetName: 'Số liệu báo cáo',
    columns: [...fixedColumns, ...fields.map(fieldColumn)],
    rows: rows(),
    validatedRows: 0,
  });
}
