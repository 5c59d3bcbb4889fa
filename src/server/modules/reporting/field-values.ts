import type { FieldType } from '../../../contract/reporting/fields.js';
import type { ProblemFieldError } from '../../core/http/problem.js';

export type SubmittedValue = number | boolean | string | { numerator: number; denominator: number } | null;

export interface StoredValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  text_value: string | null;
}

const empty: StoredValue = { value: null, numerator: null, denominator: null, text_value: null };

const isNonNegative = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isWhole = (value: unknown): value is number => isNonNegative(value) && Number.isInteger(value);

const PERCENT_PARTS_WHOLE = 'numerator and denominator must be whole numbers of 0 or more';

/** The rules an entered value may break, as the JSON API explains them; the import words them in Vietnamese. */
export const valueProblemMessages = {
  not_a_number: 'expected a number of 0 or more',
  not_whole_count: 'expected a whole number of 0 or more',
  not_whole_dong: 'expected a whole amount of đồng, 0 or more',
  not_yes_no: 'expected yes (true) or no (false)',
  not_text: 'expected text',
  percent_parts_missing: 'expected a numerator and a denominator',
  percent_numerator_not_whole: PERCENT_PARTS_WHOLE,
  percent_denominator_not_whole: PERCENT_PARTS_WHOLE,
  denominator_zero: 'the denominator must be more than 0',
  numerator_above_denominator: 'the numerator cannot be larger than the denominator',
};
export type ValueProblem = keyof typeof valueProblemMessages;

const refused = (problem: ValueProblem) => ({ problem });

/**
 * Checks one entered value against its field's type and turns it into the stored columns, or names
 * the rule it breaks. The JSON API and the spreadsheet import both check through here.
 */
export function toStoredValue(
  type: FieldType,
  submitted: SubmittedValue,
): StoredValue | { problem: ValueProblem } {
  if (submitted === null) return empty;
  switch (type) {
    case 'count':
      if (!isWhole(submitted)) return refused('not_whole_count');
      return { ...empty, value: submitted };
    case 'number':
      if (!isNonNegative(submitted)) return refused('not_a_number');
      return { ...empty, value: submitted };
    case 'money':
      if (!isWhole(submitted)) return refused('not_whole_dong');
      return { ...empty, value: submitted };
    case 'yes_no':
      if (typeof submitted !== 'boolean') return refused('not_yes_no');
      return { ...empty, value: submitted ? 1 : 0 };
    case 'text':
      if (typeof submitted !== 'string') return refused('not_text');
      return { ...empty, text_value: submitted };
    case 'percent': {
      if (typeof submitted !== 'object') return refused('percent_parts_missing');
      const { numerator, denominator } = submitted;
      // Both parts count people (teachers trained of teachers, say): whole numbers, as counts are.
      if (!isWhole(numerator)) return refused('percent_numerator_not_whole');
      if (!isWhole(denominator)) return refused('percent_denominator_not_whole');
      if (denominator === 0) return refused('denominator_zero');
      if (numerator > denominator) return refused('numerator_above_denominator');
      return { ...empty, numerator, denominator, value: (100 * numerator) / denominator };
    }
  }
}

/** The value as the API shows it back. */
export function toShownValue(type: FieldType, stored: StoredValue | undefined): SubmittedValue {
  if (!stored) return null;
  switch (type) {
    case 'yes_no':
      return stored.value === null ? null : stored.value === 1;
    case 'text':
      return stored.text_value;
    case 'percent':
      return stored.numerator === null || stored.denominator === null
        ? null
        : { numerator: stored.numerator, denominator: stored.denominator };
    default:
      return stored.value;
  }
}

export type FieldErrors = ProblemFieldError[];
