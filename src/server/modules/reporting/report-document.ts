import { isReported } from '../../../contract/reporting/fields.js';
import type { Report } from '../../../contract/reporting/reports.js';
import { meetsTarget } from '../../../contract/reporting/target-attainment.js';
import { midSentence } from '../../core/text/mid-sentence.js';
import { documentSymbol } from '../documents/document-symbol.js';
import type { Block, OfficialDocument, Table } from '../documents/official-document.js';
import { type LetterheadUnit, unitLetterhead } from '../documents/unit-letterhead.js';

type Field = Report['fields'][number];

const numberText = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

function valueText(field: Field): string {
  const { value } = field;
  if (value === null) return 'Chưa báo cáo';
  switch (field.type) {
    case 'yes_no':
      return value === true ? 'Có' : 'Không';
    case 'percent':
      return typeof value === 'object'
        ? `${numberText(field.percent ?? 0)}% (${numberText(value.numerator)}/${numberText(value.denominator)})`
        : '';
    case 'money':
      return `${numberText(value as number)} đồng`;
    default:
      return typeof value === 'number' ? numberText(value) : String(value);
  }
}

/** The plan's target: Không for a yes/no targeted Không (no unit answering Có), a share or an amount otherwise. */
function targetText(field: Field, target: number | null): string {
  if (target === null) return '';
  if (field.targetIsCeiling) return 'Không';
  if (field.type === 'percent' || field.type === 'yes_no') return `${numberText(target)}%`;
  return field.type === 'money' ? `${numberText(target)} đồng` : numberText(target);
}

/** The unit's value as its target reads it: a yes/no answer as a share of units (100 or 0), a percent, an amount. */
function comparedValue(field: Field): number | null {
  if (field.type === 'yes_no') return field.value === true ? 100 : 0;
  if (field.type === 'percent') return field.percent ?? 0;
  return typeof field.value === 'number' ? field.value : null;
}

/** Đạt when the unit's value meets the target: the answer a yes/no target names, the percent or the amount otherwise. */
function assessment(field: Field, target: number | null): string {
  const value = field.value === null ? null : comparedValue(field);
  if (target === null || value === null) return '';
  return meetsTarget(value, target, field.targetIsCeiling) ? 'Đạt' : 'Chưa đạt';
}

function indicatorTable(fields: Field[]): Table {
  return {
    kind: 'table',
    header: ['TT', 'Chỉ tiêu', 'Kết quả', 'Chỉ tiêu kế hoạch', 'Đánh giá'],
    rows: fields.map((field, index) => {
      return [
        String(index + 1),
        field.label,
        valueText(field),
        targetText(field, field.target),
        assessment(field, field.target),
      ];
    }),
    widths: [6, 42, 22, 16, 14],
    align: ['center', 'left', 'center', 'center', 'center'],
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** Each line the unit wrote is a paragraph; an empty section says so rather than leaving a bare heading. */
const paragraphs = (text: string): Block[] => {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (lines.length > 0 ? lines : ['Không có.']).map((line) => ({
    kind: 'paragraph',
    runs: [{ text: line }],
  }));
};

/**
 * A report as an official BÁO CÁO (Nghị định 30/2020): the unit's letterhead, no number until the
 * clerk writes one, the submission date (blank while a draft), the indicators as a table against
 * their targets, the answers to the extra questions, then the narrative sections; it goes to the
 * level that reviews it.
 */
export function reportDocument(
  report: Report,
  context: {
    /** The unit's ancestors, root first, ending with the unit. */
    ancestors: LetterheadUnit[];
    /** The level the report goes to; null when nobody reviews it. */
    reviewer: string | null;
    /** The Vietnamese date it was submitted, or null. */
    submittedOn: string | null;
  },
): OfficialDocument {
  const measured = report.fields.filter((field) => field.type !== 'text');
  const answers = report.fields.filter((field) => field.type === 'text' && field.value);
  const results: Block[] = [
    ...(measured.length > 0 ? [indicatorTable(measured)] : []),
    ...answers.flatMap((field): Block[] => [
      { kind: 'heading', level: 2, runs: [{ text: field.label }] },
      ...paragraphs(String(field.value)),
    ]),
  ];
  const sections: [string, Block[]][] = [
    ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', results.length > 0 ? results : paragraphs('')],
    ['KẾT QUẢ ĐẠT ĐƯỢC', paragraphs(report.narrative.results ?? '')],
    ['HẠN CHẾ, NGUYÊN NHÂN', paragraphs(report.narrative.limitations ?? '')],
    ['ĐỀ XUẤT, KIẾN NGHỊ', paragraphs(report.narrative.proposals ?? '')],
  ];
  const unit = context.ancestors.at(-1);
  const round = midSentence(report.round.title);
  return {
    ...unitLetterhead(context.ancestors),
    number: null,
    symbol: documentSymbol('BC', unit?.kind ?? 'school'),
    date: context.submittedOn,
    draft: !isReported(report.status),
    typeName: 'BÁO CÁO',
    subject: `Kết quả thực hiện ${round}`,
    body: [
      {
        kind: 'paragraph',
        runs: [{ text: `${report.unit.name} báo cáo kết quả thực hiện ${round} như sau:` }],
      },
      ...sections.flatMap(([heading, blocks], index): Block[] => [
        { kind: 'heading', level: 1, runs: [{ text: `${ROMAN[index]}. ${heading}` }] },
        ...blocks,
      ]),
    ],
    recipients: [...(context.reviewer ? [`${context.reviewer} (để báo cáo);`] : []), 'Lưu: VT.'],
    annexes: [],
  };
}
