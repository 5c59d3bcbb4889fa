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

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * Checks one entered value against its field's type and turns it into the stored columns, or
 * explains (in words a reporting officer understands) why it cannot be accepted.
 */
export function toStoredValue(type: FieldType, submitted: SubmittedValue): StoredValue | string {
  if (submitted === null) return empty;
  switch (type) {
    case 'number':
      if (!isCount(submitted)) return 'expected a number of 0 or more';
      return { ...empty, value: submitted };
    case 'money':
      if (!isCount(submitted) || !Number.isInteger(submitted))
        return 'expected a whole amount of đồng, 0 or more';
      return { ...empty, value: submitted };
    case 'yes_no':
      if (typeof submitted !== 'boolean') return 'expected yes (true) or no (false)';
      return { ...empty, value: submitted ? 1 : 0 };
    case 'text':
      if (typeof submitted !== 'string') return 'expected text';
      return { ...empty, text_value: submitted };
    case 'percent': {
      if (typeof submitted !== 'object') return 'expected a numerator and a denominator';
      const { numerator, denominator } = submitted;
      if (!isCount(numerator) || !isCount(denominator))
        return 'numerator and denominator must be numbers of 0 or more';
      if (denominator === 0) return 'the denominator must be more than 0';
      if (numerator > denominator) return 'the numerator cannot be larger than the denominator';
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
