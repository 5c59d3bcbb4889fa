import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfTextOperations } from '../fixtures/pdf-text.js';
import { plan316 } from '../fixtures/plan-316.js';
import { MOTTO, NATIONAL_TITLE } from '../page-layout.js';
import { renderPdf } from './render-pdf.js';

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

const EVERY_VIETNAMESE_LETTER =
  'Đ đ Ơ ơ Ư ư ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ';

describe('PDF rendering of plan 316/KH-SGDĐT', () => {
  let pdf: Buffer;
  let raw: string;

  beforeAll(async () => {
    pdf = await renderPdf(plan316);
    raw = pdf.toString('latin1');
  });

  it('is a complete PDF', () => {
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('embeds subsets of the four Liberation Serif faces', () => {
    expect(raw).toContain('/FontFile2');
    for (const face of [
      'LiberationSerif',
      'LiberationSerif-Bold',
      'LiberationSerif-Italic',
      'LiberationSerif-BoldItalic',
    ]) {
      expect(raw).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${face}\\b`));
    }
  });

  it('has A4 portrait pages and landscape pages for the wide annex', () => {
    const boxes = [...raw.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, w, h]) => [
      Math.round(Number(w)),
      Math.round(Number(h)),
    ]);
    expect(boxes.length).toBeGreaterThan(5);
    expect(boxes[0]).toEqual([595, 842]);
    expect(boxes.at(-1)).toEqual([842, 595]);
  });

  it('gives the header lines back with every diacritic through the font maps', () => {
    const lines = pdfTextOperations(pdf);
    for (const text of [
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      NATIONAL_TITLE,
      MOTTO,
      'Số: 316/KH-SGDĐT',
      'Quảng Ngãi, ngày 23 tháng 3 năm 2021',
      'KẾ HOẠCH',
      'Nơi nhận:',
      'GIÁM ĐỐC',
      'Đỗ Văn Phú',
      'PHỤ LỤC',
    ]) {
      expect(lines).toContain(text);
    }
    expect(lines.join('\n')).not.toContain('\ufffd');
  });

  it('renders every Vietnamese letter', async () => {
    const letters = await renderPdf({
      ...plan316,
      body: [{ kind: 'paragraph', runs: [{ text: EVERY_VIETNAMESE_LETTER }] }],
    });
    expect(pdfTextOperations(letters).join(' ').replace(/\s+/g, '')).toContain(
      EVERY_VIETNAMESE_LETTER.replace(/\s+/g, ''),
    );
  });

  it.skipIf(!hasPdftotext)('reads the same through poppler (skipped: pdftotext is not installed)', () => {
    const text = spawnSync('pdftotext', ['-', '-'], { input: pdf }).stdout.toString('utf8');
    expect(text).toContain(NATIONAL_TITLE);
    expect(text).toContain(MOTTO);
    expect(text).toContain('Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020');
    expect(text).toMatch(/\n2\n/);
  });
});
