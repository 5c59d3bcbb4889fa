import { HttpProblem } from '../../../core/http/problem.js';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The text of a Word document, one paragraph a line, as the plan importer reads pasted text. Only
 * .docx (Office Open XML) is read; an old .doc or anything else is refused by its first bytes.
 */
export async function docxText(file: Buffer): Promise<string> {
  if (!file.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notADocument();
  try {
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: file });
    return value.replace(/\n{2,}/g, '\n\n');
  } catch {
    throw notADocument();
  }
}

const notADocument = () =>
  new HttpProblem(
    'import_not_a_document',
    'The file is not a Word document (.docx); save it as .docx or paste its text.',
  );
