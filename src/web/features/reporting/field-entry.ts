import type { FieldType } from '../../../contract/reporting/fields';
import type { Report } from '../../../contract/reporting/reports';
import { formatNumber } from '../../i18n/format';
import type { FieldProblem } from '../../i18n/reporting-vi';

export type ReportField = Report['fields'][number];
export type FieldValue = ReportField['value'];

/** What the person has typed into one field, kept as typed until it is saved. */
export type FieldEntry =
  | { type: 'count' | 'number' | 'money' | 'text'; text: string }
  | { type: 'percent'; numerator: string; denominator: string }
  | { type: 'yes_no'; answer: boolean | null };

const VIETNAMESE_THOUSANDS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
/** "1,250": a decimal comma to a Vietnamese reader, a thousands separator to a spreadsheet in English. */
const COMMA_BEFORE_THREE_DIGITS = /^-?\d{1,3},\d{3}$/;

/**
 * A number as people type it in Vietnam: "1.250" (dots between thousands), "12,5" (decimal comma),
 * or plain "1250" / "12.5". Empty text is no answer (null). "1,250" could be either 1250 or 1,25, so it
 * is asked again rather than guessed.
 */
export function parseDecimal(text: string): number | null | 'not_a_number' | 'ambiguous_separator' {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return null;
  if (COMMA_BEFORE_THREE_DIGITS.test(compact)) return 'ambiguous_separator';
  const normalised = VIETNAMESE_THOUSANDS.test(compact)
    ? compact.replaceAll('.', '').replace(',', '.')
    : compact.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return 'not_a_number';
  return Number(normalised);
}

/** An amount of đồng as typed, shown back with thousands separators: "1500000" → "1.500.000". */
export function formatMoneyTyping(text: string): string {
  const digits = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return digits === '' ? '' : formatNumber(Number(digits));
}

/** A percent as shown: to one decimal place. */
export const roundPercent = (percent: number): number => Math.round(10 * percent) / 10;

/** The share numerator/denominator in percent, or null while it cannot be computed. */
export function percentOf(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return roundPercent((100 * numerator) / denominator);
}

const decimalText = (value: number | null): string => (value === null ? '' : formatNumber(value));

/** The field's saved value as the person edits it. */
export function entryOf(field: ReportField): FieldEntry {
  const { type, value } = field;
  switch (type) {
    case 'percent':
      return typeof value === 'object' && value !== null
        ? { type, numerator: decimalText(value.numerator), denominator: decimalText(value.denominator) }
        : { type, numerator: '', denominator: '' };
    case 'yes_no':
      return { type, answer: typeof value === 'boolean' ? value : null };
    case 'text':
      return { type, text: typeof value === 'string' ? value : '' };
    default:
      return { type, text: typeof value === 'number' ? formatNumber(value) : '' };
  }
}

/** What a fraction is told where only whole numbers are taken: a count, or an amount of đồng. */
const NOT_WHOLE = { count: 'not_whole_count', money: 'not_whole' } as const satisfies Record<
  string,
  FieldProblem
>;

function countOf(text: string): number | null | FieldProblem {
  const parsed = parseDecimal(text);
  if (typeof parsed === 'string') return parsed;
  if (parsed !== null && parsed < 0) return 'negative';
  return parsed;
}

/**
 * A whole number as typed: a count, or a part of a percent. What cannot be read is asked for as a whole
 * number too (`notWhole`), without the decimal example a count cannot take.
 */
function wholeOf(text: string, notWhole: FieldProblem): number | null | FieldProblem {
  const count = countOf(text);
  if (count === 'not_a_number' || count === 'ambiguous_separator') return notWhole;
  if (typeof count === 'number' && !Number.isInteger(count)) return notWhole;
  return count;
}

const answerOrProblem = (parsed: number | null | FieldProblem) =>
  typeof parsed === 'string' ? { problem: parsed } : { value: parsed };

/** The value to send for an entry, or what is wrong with it, in the same terms the server checks. */
export function valueOfEntry(entry: FieldEntry): { value: FieldValue } | { problem: FieldProblem } {
  switch (entry.type) {
    case 'yes_no':
      return { value: entry.answer };
    case 'text':
      return { value: entry.text === '' ? null : entry.text };
    case 'count':
      return answerOrProblem(wholeOf(entry.text, NOT_WHOLE.count));
    case 'number':
      return answerOrProblem(countOf(entry.text));
    case 'money': {
      const amount = countOf(entry.text);
      return typeof amount === 'number' && !Number.isInteger(amount)
        ? { problem: NOT_WHOLE.money }
        : answerOrProblem(amount);
    }
    case 'percent': {
      const numerator = wholeOf(entry.numerator, 'percent_not_whole');
      const denominator = wholeOf(entry.denominator, 'percent_not_whole');
      if (typeof numerator === 'string') return { problem: numerator };
      if (typeof denominator === 'string') return { problem: denominator };
      if (numerator === null && denominator === null) return { value: null };
      if (numerator === null || denominator === null) return { problem: 'percent_incomplete' };
      if (denominator === 0) return { problem: 'denominator_zero' };
      if (numerator > denominator) return { problem: 'numerator_too_large' };
      return { value: { numerator, denominator } };
    }
  }
}

/** Why the server refused a value, told from the value itself so the person reads it in their language. */
export function problemOfRefused(type: FieldType, sent: FieldValue): FieldProblem {
  if (type === 'percent' && typeof sent === 'object' && sent !== null) {
    if (!Number.isInteger(sent.numerator) || !Number.isInteger(sent.denominator)) return 'percent_not_whole';
    if (sent.denominator === 0) return 'denominator_zero';
    if (sent.numerator > sent.denominator) return 'numerator_too_large';
  }
  if (typeof sent === 'number' && sent < 0) return 'negative';
  if ((type === 'count' || type === 'money') && typeof sent === 'number' && !Number.isInteger(sent))
    return NOT_WHOLE[type];
  return 'rejected';
}
