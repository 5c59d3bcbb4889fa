import { PAGE_NUMBER_TOP_MM, POINTS_PER_MM, TYPE_SIZES } from '../page-layout.js';
import { textWidth } from '../text-width.js';
import { PDF_FONT } from './draw-line.js';
import type { PdfDocument } from './flow.js';

/** Page numbers centred at the top from the second page on, as the decree has them. */
export function drawPageNumbers(doc: PdfDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start + 1; index < start + count; index += 1) {
    doc.switchToPage(index);
    const number = String(index - start + 1);
    const x = (doc.page.width - textWidth(number, 'regular', TYPE_SIZES.pageNumber)) / 2;
    doc.font(PDF_FONT.regular).fontSize(TYPE_SIZES.pageNumber);
    doc.text(number, x, PAGE_NUMBER_TOP_MM * POINTS_PER_MM, { lineBreak: false });
  }
}
