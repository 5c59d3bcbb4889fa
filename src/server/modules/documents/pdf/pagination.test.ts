import { describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../fixtures/pdf-text.js';
import { plan316 } from '../fixtures/plan-316.js';
import type { Block } from '../official-document.js';
import { renderPdf } from './render-pdf.js';

const filler = (count: number): Block[] =>
  Array.from({ length: count }, (_, index) => ({
    kind: 'paragraph',
    runs: [{ text: `Đoạn ${index + 1}.` }],
  }));

const paragraph: Block = {
  kind: 'paragraph',
  runs: [
    {
      text: 'Nghiêm túc thực hiện theo các văn bản quy định của tỉnh, Chính phủ, Thủ tướng Chính phủ và của Bộ Thông tin và Truyền thông; định kỳ, đột xuất thực hiện kiểm tra, đánh giá an toàn thông tin theo quy định của pháp luật đối với các đơn vị trực thuộc Sở.',
    },
  ],
};

const pageOf = (pages: string[][], text: string) =>
  pages.findIndex((page) => page.some((line) => line.includes(text)));

describe('PDF pagination', () => {
  it('never leaves a heading at the foot of a page without the start of what it heads', async () => {
    for (let count = 20; count <= 32; count += 1) {
      const pages = pdfPageTexts(
        await renderPdf({
          ...plan316,
          body: [
            ...filler(count),
            { kind: 'heading', level: 2, runs: [{ text: '6. Bảo đảm an toàn thông tin' }] },
            paragraph,
          ],
          annexes: [],
        }),
      );
      expect(pageOf(pages, 'Nghiêmtúc'), `after ${count} short paragraphs`).toBe(
        pageOf(pages, '6. Bảo đảm an toàn thông tin'),
      );
    }
  });

  it('keeps the end of the closing paragraph with the signature', async () => {
    for (let count = 20; count <= 32; count += 1) {
      const pages = pdfPageTexts(
        await renderPdf({ ...plan316, body: [...filler(count), paragraph], annexes: [] }),
      );
      expect(pageOf(pages, 'trực thuộc Sở.'), `after ${count} short paragraphs`).toBe(
        pageOf(pages, 'Đỗ Văn Phú'),
      );
    }
  });
});
