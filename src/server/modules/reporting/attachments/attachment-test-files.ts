import { Readable } from 'node:stream';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

/** Files as the office programs and cameras make them, built in the test rather than kept as fixtures. */
export const testFiles = {
  pdf: () =>
    Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      'latin1',
    ),
  png: () =>
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
  docx: () =>
    Packer.toBuffer(
      new Document({
        sections: [{ children: [new Paragraph('Biên bản buổi ngoại khóa an toàn trên mạng')] }],
      }),
    ),
  async xlsx() {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Danh sách').addRow(['Họ và tên', 'Lớp']);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
  /** OpenDocument text: the uncompressed "mimetype" entry first, as LibreOffice writes it. */
  odt: () =>
    Buffer.from(
      zipSync({
        mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
        'content.xml': strToU8('<office:document-content/>'),
        'META-INF/manifest.xml': strToU8('<manifest:manifest/>'),
      }),
    ),
  /** A Windows program: "MZ", the DOS stub, and the PE signature where the header points. */
  executable: () => {
    const bytes = Buffer.alloc(512);
    bytes.write('MZ', 0, 'latin1');
    bytes.writeUInt32LE(0x80, 0x3c);
    bytes.write('PE\0\0', 0x80, 'latin1');
    return bytes;
  },
  /** A plain zip archive, not an office document. */
  zip: () => Buffer.from(zipSync({ 'tai-lieu.txt': strToU8('Tài liệu') })),
};

/** A body of `totalBytes` produced chunk by chunk, counting how much of it was ever read. */
export function countedStream(totalBytes: number) {
  const chunk = Buffer.alloc(64 * 1024, 0x25);
  const counter = { produced: 0 };
  const stream = Readable.from(
    (function* () {
      while (counter.produced < totalBytes) {
        counter.produced += chunk.length;
        yield chunk;
      }
    })(),
    { objectMode: false },
  );
  return { stream, counter };
}
