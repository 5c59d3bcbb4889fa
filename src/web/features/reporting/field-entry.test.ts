import { describe, expect, it } from 'vitest';
import {
  entryOf,
  formatMoneyTyping,
  parseDecimal,
  percentOf,
  problemOfRefused,
  type ReportField,
  valueOfEntry,
} from './field-entry';

const field = (type: ReportField['type'], value: ReportField['value']): ReportField => ({
  indicatorId: 'f1',
  type,
  label: 'Câu hỏi',
  fromPlan: true,
  value,
  percent: null,
  target: null,
  targetIsCeiling: false,
});

describe('parseDecimal', () => {
  it.each([
    ['1.250', 1250],
    ['1.250.000', 1_250_000],
    ['12,5', 12.5],
    ['1.250,75', 1250.75],
    ['12.5', 12.5],
    [' 905 ', 905],
    ['-3', -3],
  ])('reads "%s" as %d', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it('reads empty text as no answer and words as not a number', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('mười')).toBe('not_a_number');
    expect(parseDecimal('1,2,3')).toBe('not_a_number');
  });

  it('asks again for "1,250", which could mean 1250 or 1,25, instead of guessing', () => {
    expect(parseDecimal('1,250')).toBe('ambiguous_separator');
    expect(parseDecimal('12,500')).toBe('ambiguous_separator');
    expect(parseDecimal('1,25')).toBe(1.25);
    expect(parseDecimal('1.250')).toBe(1250);
  });
});

describe('formatMoneyTyping', () => {
  it('puts dots between thousands as the amount is typed and drops anything but digits', () => {
    expect(formatMoneyTyping('1500000')).toBe('1.500.000');
    expect(formatMoneyTyping('1.500.0001')).toBe('15.000.001');
    expect(formatMoneyTyping('007 đồng')).toBe('7');
    expect(formatMoneyTyping('')).toBe('');
  });
});

describe('percentOf', () => {
  it('computes the share to one decimal, and nothing while the denominator is missing or 0', () => {
    expect(percentOf(812, 905)).toBe(89.7);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(5, null)).toBeNull();
  });
});

describe('entries and values', () => {
  it('shows saved values as the person would type them', () => {
    expect(entryOf(field('money', 1_500_000))).toEqual({ type: 'money', text: '1.500.000' });
    expect(entryOf(field('percent', { numerator: 812, denominator: 905 }))).toEqual({
      type: 'percent',
      numerator: '812',
      denominator: '905',
    });
    expect(entryOf(field('yes_no', null))).toEqual({ type: 'yes_no', answer: null });
  });

  it('turns a typed entry back into the value the API takes', () => {
    expect(valueOfEntry({ type: 'money', text: '1.500.000' })).toEqual({ value: 1_500_000 });
    expect(valueOfEntry({ type: 'number', text: '12,5' })).toEqual({ value: 12.5 });
    expect(valueOfEntry({ type: 'count', text: '1.250' })).toEqual({ value: 1250 });
    expect(valueOfEntry({ type: 'text', text: '' })).toEqual({ value: null });
    expect(valueOfEntry({ type: 'percent', numerator: '812', denominator: '905' })).toEqual({
      value: { numerator: 812, denominator: 905 },
    });
    expect(valueOfEntry({ type: 'percent', numerator: '', denominator: '' })).toEqual({ value: null });
  });

  it('names what is wrong with an entry the server would refuse', () => {
    expect(valueOfEntry({ type: 'number', text: 'abc' })).toEqual({ problem: 'not_a_number' });
    expect(valueOfEntry({ type: 'number', text: '1,250' })).toEqual({ problem: 'ambiguous_separator' });
    expect(valueOfEntry({ type: 'number', text: '-1' })).toEqual({ problem: 'negative' });
    expect(valueOfEntry({ type: 'money', text: '12,5' })).toEqual({ problem: 'not_whole' });
    expect(valueOfEntry({ type: 'count', text: '12,5' })).toEqual({ problem: 'not_whole_count' });
    // Asked for as a whole number, not with the decimal example "1,25" a count cannot take.
    expect(valueOfEntry({ type: 'count', text: '1,250' })).toEqual({ problem: 'not_whole_count' });
    expect(valueOfEntry({ type: 'count', text: 'mười hai' })).toEqual({ problem: 'not_whole_count' });
    expect(valueOfEntry({ type: 'percent', numerator: '5', denominator: '' })).toEqual({
      problem: 'percent_incomplete',
    });
    expect(valueOfEntry({ type: 'percent', numerator: '0', denominator: '0' })).toEqual({
      problem: 'denominator_zero',
    });
    expect(valueOfEntry({ type: 'percent', numerator: '950', denominator: '905' })).toEqual({
      problem: 'numerator_too_large',
    });
    // Both parts count people: a fraction, or text that cannot be read, is asked for as a whole number.
    expect(valueOfEntry({ type: 'percent', numerator: '12,5', denominator: '40' })).toEqual({
      problem: 'percent_not_whole',
    });
    expect(valueOfEntry({ type: 'percent', numerator: '12', denominator: 'bốn mươi' })).toEqual({
      problem: 'percent_not_whole',
    });
    expect(valueOfEntry({ type: 'percent', numerator: '-2', denominator: '40' })).toEqual({
      problem: 'negative',
    });
  });

  it('explains a refused value from the value sent', () => {
    expect(problemOfRefused('percent', { numerator: 9, denominator: 3 })).toBe('numerator_too_large');
    expect(problemOfRefused('percent', { numerator: 2.5, denominator: 3 })).toBe('percent_not_whole');
    expect(problemOfRefused('number', -2)).toBe('negative');
    expect(problemOfRefused('money', 2.5)).toBe('not_whole');
    expect(problemOfRefused('count', 2.5)).toBe('not_whole_count');
    expect(problemOfRefused('text', 'x')).toBe('rejected');
  });
});
