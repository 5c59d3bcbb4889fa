import { describe, expect, it } from 'vitest';
import { attachment } from '../../core/http/content-disposition.js';
import { documentFileName } from './file-name.js';
import { plan316 } from './fixtures/plan-316.js';

describe('document file name', () => {
  it('starts with the symbol and number, then the subject without marks, cut at a word', () => {
    const name = documentFileName(plan316, 'pdf');
    expect(name).toMatch(
      /^KH-316-SGDĐT-Ung-dung-cong-nghe-thong-tin-chuyen-doi-so-chinh-quyen-dien-tu[\w-]*\.pdf$/,
    );
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).not.toMatch(/--|-\.pdf$/);
  });

  it('marks a draft instead of a number', () => {
    expect(documentFileName({ ...plan316, number: null, draft: true }, 'docx')).toMatch(
      /^KH-SGDĐT-Du-thao-Ung-dung-/,
    );
  });

  it('does not call a submitted document without a number here a draft (a report the clerk numbers)', () => {
    const report = { number: null, symbol: 'BC-TH', subject: 'Kết quả thực hiện', draft: false };
    expect(documentFileName(report, 'pdf')).toBe('BC-TH-Ket-qua-thuc-hien.pdf');
  });

  it('keeps only safe characters from odd subjects and numbers', () => {
    const name = documentFileName(
      { number: '12/A', symbol: 'BC-PGDĐT', subject: 'Báo cáo: "quý I/2025" <tổng hợp>', draft: false },
      'pdf',
    );
    expect(name).toBe('BC-12A-PGDĐT-Bao-cao-quy-I-2025-tong-hop.pdf');
  });
});

describe('attachment disposition', () => {
  it('gives an ASCII fallback and the UTF-8 name in RFC 5987 encoding', () => {
    const header = attachment('KH-316-SGDĐT-Ứng-dụng (bản in).pdf');
    const match = /^attachment; filename="([^"]*)"; filename\*=UTF-8''(\S+)$/.exec(header);
    expect(match).not.toBeNull();
    expect(match?.[1]).toBe('KH-316-SGDDT-Ung-dung (ban in).pdf');
    expect(match?.[2]).toBe('KH-316-SGD%C4%90T-%E1%BB%A8ng-d%E1%BB%A5ng%20%28b%E1%BA%A3n%20in%29.pdf');
    expect(decodeURIComponent(match?.[2] ?? '')).toBe('KH-316-SGDĐT-Ứng-dụng (bản in).pdf');
  });

  it('never lets a quote or a backslash end the fallback early', () => {
    expect(attachment('a"b\\c.pdf')).toMatch(/^attachment; filename="a_b_c\.pdf"; /);
  });
});
