import { describe, expect, it } from 'vitest';
import { numberLine } from './number-line.js';
import { placeAndDate } from './place-and-date.js';

describe('place and date line', () => {
  it('writes the date in words with the place before it', () => {
    expect(placeAndDate('Quảng Ngãi', '2021-03-23')).toBe('Quảng Ngãi, ngày 23 tháng 3 năm 2021');
  });

  it('puts a zero before days below 10 and before months 1 and 2 only', () => {
    expect(placeAndDate('Hà Nội', '2025-03-05')).toBe('Hà Nội, ngày 05 tháng 3 năm 2025');
    expect(placeAndDate('Hà Nội', '2025-01-09')).toBe('Hà Nội, ngày 09 tháng 01 năm 2025');
    expect(placeAndDate('Hà Nội', '2024-02-29')).toBe('Hà Nội, ngày 29 tháng 02 năm 2024');
    expect(placeAndDate('Hà Nội', '2024-09-10')).toBe('Hà Nội, ngày 10 tháng 9 năm 2024');
    expect(placeAndDate('Hà Nội', '2024-12-01')).toBe('Hà Nội, ngày 01 tháng 12 năm 2024');
  });

  it('leaves day, month and year blank on a draft', () => {
    expect(placeAndDate('Thanh Hóa', null)).toMatch(/^Thanh Hóa, ngày +tháng +năm +$/);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => placeAndDate('Hà Nội', '2021-02-30')).toThrow(/calendar/);
    expect(() => placeAndDate('Hà Nội', '23/3/2021')).toThrow(/ISO/);
  });
});

describe('number line', () => {
  it('joins number and symbol', () => {
    expect(numberLine({ number: '316', symbol: 'KH-SGDĐT' })).toBe('Số: 316/KH-SGDĐT');
  });

  it('leaves room for the number on a draft', () => {
    expect(numberLine({ number: null, symbol: 'KH-SGDĐT' })).toMatch(/^Số: {4,}\/KH-SGDĐT$/);
  });
});
