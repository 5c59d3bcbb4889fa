import { BorderStyle, Paragraph } from 'docx';
import { spacing } from './spacing.js';

/**
 * A short horizontal rule centred in a column of `columnWidth` twips: an empty, very low paragraph whose
 * top border is indented to `length` twips. Word has no line element in text flow, and this one moves
 * with the text and prints the same everywhere.
 */
export function centredRule(columnWidth: number, length: number): Paragraph {
  const indent = Math.max(0, Math.round((columnWidth - length) / 2));
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } },
    indent: { left: indent, right: indent },
    spacing: spacing(60, 0),
    run: { size: 4 },
  });
}
