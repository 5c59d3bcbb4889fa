import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { plan316 } from '../fixtures/plan-316.js';
import { MOTTO, NATIONAL_TITLE } from '../page-layout.js';
import { renderDocx } from './render-docx.js';

describe('DOCX rendering of plan 316/KH-SGDĐT', () => {
  let files: Record<string, Uint8Array>;
  let documentXml: string;

  beforeAll(async () => {
    const docx = await renderDocx(plan316);
    files = unzipSync(new Uint8Array(docx));
    documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  });

  it('is a Word package with a main document', () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
  });

  it('carries the header block, number, date, type name and signer', () => {
    for (const text of [
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      NATIONAL_TITLE,
      MOTTO,
      'Số: 316/KH-SGDĐT',
      'Quảng Ngãi, ngày 23 tháng 3 năm 2021',
      'KẾ HOẠCH',
      'Nơi nhận:',
      'Đỗ Văn Phú',
    ]) {
      expect(documentXml).toContain(text);
    }
  });

  it('sets Times New Roman 14 pt', () => {
    expect(documentXml).toContain('w:ascii="Times New Roman"');
    const styles = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="28"\/>/);
  });

  it('lays the text out on A4 with the decree margins in twips', () => {
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent', () => {
    expect(documentXml).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(documentXml).toContain('<w:jc w:val="both"/>');
  });

  it('puts the wide annex table on a landscape section', () => {
    expect(documentXml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    const landscape = documentXml.indexOf('w:orient="landscape"');
    expect(documentXml.lastIndexOf('PHỤ LỤC', landscape)).toBeGreaterThan(documentXml.indexOf('Đỗ Văn Phú'));
  });

  it('numbers pages in a header, leaving the first page bare', () => {
    expect(documentXml).toContain('<w:titlePg/>');
    const headers = Object.entries(files).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.some(([, xml]) => strFromU8(xml).includes('PAGE'))).toBe(true);
  });
});
