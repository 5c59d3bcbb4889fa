import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx/render-docx.js';
import { draftReport } from './fixtures/draft-report.js';
import { pdfTextOperations } from './fixtures/pdf-text.js';
import { renderPdf } from './pdf/render-pdf.js';

describe('a draft report with a deputy signing and a wide table in the body', () => {
  it('comes out as a PDF with blanks for number and date, landscape pages between portrait ones', async () => {
    const pdf = await renderPdf(draftReport);
    const lines = pdfTextOperations(pdf);
    expect(lines).toEqual(
      expect.arrayContaining(['PHÒNG GIÁO DỤC', 'VÀ ĐÀO TẠO', 'KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG']),
    );
    expect(lines.some((line) => /^Số: {4,}\/BC-PGDĐT$/.test(line))).toBe(true);
    expect(lines.some((line) => /^Hoàng Mai, ngày {3,}tháng {3,}năm$/.test(line))).toBe(true);
    expect(lines.join('')).toContain('ket-qua-cap-nhat-theo-thang');
    const widths = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+)/g)].map(([, width]) =>
      Math.round(Number(width)),
    );
    expect(widths).toEqual([595, 842, 595]);
  });

  it('comes out as a DOCX with a landscape section between portrait ones', async () => {
    const xml = strFromU8(
      unzipSync(new Uint8Array(await renderDocx(draftReport)))['word/document.xml'] ?? new Uint8Array(),
    );
    expect([...xml.matchAll(/w:orient="(\w+)"/g)].map(([, orientation]) => orientation)).toEqual([
      'portrait',
      'landscape',
      'portrait',
    ]);
    expect(xml).toContain('KT. TRƯỞNG PHÒNG');
    expect(xml).toMatch(/Số: +\/BC-PGDĐT/);
  });
});
