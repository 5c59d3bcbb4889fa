import { describe, expect, it } from 'vitest';
import { plainWords, writtenInSections } from './written-text';

describe('plainWords', () => {
  it('keeps the words of rich text alone', () => {
    expect(plainWords('<p><strong>1. Phòng  GD&amp;ĐT</strong></p><ul><li>Chủ trì;</li></ul>')).toBe(
      '1. Phòng GD&ĐT Chủ trì;',
    );
  });
});

describe('writtenInSections', () => {
  const written = writtenInSections([
    { html: '<p>Thực hiện Kế hoạch số 296/KH-SGDĐT ngày 28/01/2022 của Sở, UBND Quận xây dựng như sau:</p>' },
    {
      html: '<p><strong>1. Phòng Giáo dục và Đào tạo</strong></p><ul><li>Chủ trì triển khai.</li><li>Tổng hợp.</li></ul>',
    },
  ]);

  it('recognises a legal basis the preamble states in the same words', () => {
    expect(written('Thực hiện Kế hoạch số 296/KH-SGDĐT ngày 28/01/2022 của Sở')).toBe(true);
  });

  it('recognises a unit’s duties the text lists, whatever the markup around them', () => {
    expect(written('<ul><li>Chủ trì triển khai.</li>\n<li>Tổng hợp.</li></ul>')).toBe(true);
  });

  it('does not take words the text does not say, nor an empty text, as written', () => {
    expect(written('Căn cứ Luật Giáo dục năm 2019')).toBe(false);
    expect(written('<p> </p>')).toBe(false);
  });
});
