import { describe, expect, it } from 'vitest';
import { midSentence } from './mid-sentence.js';

describe('midSentence', () => {
  it('lowers the first letter of a title that opens a phrase', () => {
    expect(midSentence('Xây dựng văn hóa ứng xử trên không gian mạng')).toBe(
      'xây dựng văn hóa ứng xử trên không gian mạng',
    );
    expect(midSentence('Ứng dụng công nghệ thông tin')).toBe('ứng dụng công nghệ thông tin');
  });

  it('keeps an opening abbreviation as written', () => {
    expect(midSentence('CNTT trong trường học')).toBe('CNTT trong trường học');
    expect(midSentence('UBND xã giao nhiệm vụ')).toBe('UBND xã giao nhiệm vụ');
  });
});
