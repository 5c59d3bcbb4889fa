import type { FontFace } from '../fonts.js';
import type { Line } from '../line-breaker.js';
import type { Align } from '../official-document.js';
import type { PdfDocument } from './flow.js';

export const PDF_FONT: Record<FontFace, string> = {
  regular: 'serif',
  bold: 'serif-bold',
  italic: 'serif-italic',
  boldItalic: 'serif-bold-italic',
};

interface Segment {
  text: string;
  face: FontFace;
  underline: boolean;
  x: number;
  end: number;
}

/**
 * Lays the words of a line out in segments of one style, each drawn with a single text operation.
 * Justification widens the spaces: `stretch` is what each space gains.
 */
function segmentsOf(line: Line, x: number, stretch: number): Segment[] {
  const segments: Segment[] = [];
  let cursor = x;
  line.words.forEach((word, index) => {
    const spaces = index > 0 ? (line.words[index - 1]?.spaces ?? 0) : 0;
    word.pieces.forEach((piece, pieceIndex) => {
      const last = segments.at(-1);
      const gap = pieceIndex === 0 ? spaces : 0;
      // pdfkit stretches a run of spaces as one, so in a justified line a wider blank starts a new segment.
      const fits = gap <= 1 || stretch === 0;
      if (last && last.face === piece.face && last.underline === piece.underline && fits) {
        last.text += ' '.repeat(gap) + piece.text;
      } else {
        segments.push({ text: piece.text, face: piece.face, underline: piece.underline, x: cursor, end: 0 });
      }
      cursor += piece.width;
      const current = segments.at(-1);
      if (current) current.end = cursor;
    });
    cursor += word.joined ? 0 : word.spaceAfter + stretch;
  });
  return segments;
}

/** Draws one line with its baseline at `baseline`. */
export function drawLine(
  doc: PdfDocument,
  line: Line,
  box: { x: number; width: number; baseline: number; size: number; align: Align },
): void {
  const gaps = line.words.slice(0, -1).filter((word) => !word.joined).length;
  const justify = box.align === 'justify' && !line.ends && gaps > 0;
  const stretch = justify ? line.slack / gaps : 0;
  const shift = box.align === 'center' ? line.slack / 2 : box.align === 'right' ? line.slack : 0;
  for (const segment of segmentsOf(line, box.x + line.indent + shift, stretch)) {
    doc.font(PDF_FONT[segment.face]).fontSize(box.size);
    doc.text(segment.text, segment.x, box.baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      wordSpacing: stretch,
    });
    if (segment.underline) {
      const y = box.baseline + box.size * 0.12;
      doc
        .save()
        .lineWidth(box.size / 20)
        .moveTo(segment.x, y)
        .lineTo(segment.end, y)
        .stroke()
        .restore();
    }
  }
}
