import { describe, expect, it } from 'vitest';
import { fileSize } from './file-size';

const say = (amount: string, unit: string) => `${amount} ${unit}`;

describe('fileSize', () => {
  it('says bytes, kilobytes or megabytes with Vietnamese separators', () => {
    expect(fileSize(512, say)).toBe('512 B');
    expect(fileSize(1536, say)).toBe('2 KB');
    expect(fileSize(2.25 * 1024 * 1024, say)).toBe('2,3 MB');
    expect(fileSize(20 * 1024 * 1024, say)).toBe('20 MB');
  });
});
