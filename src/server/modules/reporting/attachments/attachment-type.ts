import { open } from 'node:fs/promises';
import { zipEntryNames } from './zip-entry-names.js';

/** The kinds of evidence a report accepts, each with the content type it is served with. */
export const attachmentContentTypes = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
} as const;

export type AttachmentKind = keyof typeof attachmentContentTypes;

const HEAD_BYTES = 128;
const ZIP_SIGNATURE = Buffer.from('PK\x03\x04', 'latin1');

const startsWith = (head: Buffer, signature: string | Buffer, at = 0) => {
  const bytes = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : signature;
  return head.subarray(at, at + bytes.length).equals(bytes);
};

/** Office Open XML: a zip with a content-types part and the main part of Word, Excel or PowerPoint. */
function officeOpenXmlKind(entries: string[]): AttachmentKind | null {
  const names = new Set(entries);
  if (!names.has('[Content_Types].xml')) return null;
  // Macros are code: a macro-enabled document (.docm, .xlsm, .pptm) is not accepted as evidence.
  if (entries.some((name) => name.toLowerCase().endsWith('vbaproject.bin'))) return null;
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  return null;
}

/**
 * OpenDocument: the first entry is an uncompressed "mimetype" file naming the kind (ODF 1.2 §3.3),
 * so the kind is readable at a fixed place in the first bytes.
 */
function openDocumentKind(head: Buffer): AttachmentKind | null {
  if (!startsWith(head, 'mimetype', 30)) return null;
  const declared = head.toString('latin1', 38, 38 + 'application/vnd.oasis.opendocument.presentation'.length);
  if (declared.startsWith(attachmentContentTypes.odt)) return 'odt';
  if (declared.startsWith(attachmentContentTypes.ods)) return 'ods';
  if (declared.startsWith(attachmentContentTypes.odp)) return 'odp';
  return null;
}

/**
 * What a file is, judged by its bytes alone: the name and the Content-Type the client claims are
 * never trusted. Null for anything not on the list (executables, scripts, archives, HTML, …).
 */
export async function detectAttachmentKind(path: string, size: number): Promise<AttachmentKind | null> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await file.read(head, 0, head.length, 0);
    if (startsWith(head, '%PDF-')) return 'pdf';
    if (startsWith(head, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
    if (startsWith(head, Buffer.from([0xff, 0xd8, 0xff]))) return 'jpeg';
    if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return 'webp';
    if (!startsWith(head, ZIP_SIGNATURE)) return null;
    const entries = await zipEntryNames(file, size);
    if (!entries) return null;
    return openDocumentKind(head) ?? officeOpenXmlKind(entries);
  } finally {
    await file.close();
  }
}
