import { breakLines } from '../line-breaker.js';
import type { Align, Run } from '../official-document.js';
import { ascentOf, singleLineHeight } from '../text-width.js';
import { drawLine } from './draw-line.js';
import type { PdfDocument } from './flow.js';

export interface Column {
  x: number;
  width: number;
}

const RULE_GAP = 3;

export interface TextBox extends Column {
  top: number;
  size: number;
  align?: Align;
}

export const columnLines = (runs: Run[], box: Column & { size: number }) =>
  breakLines(runs, { size: box.size, width: box.width });

/**
 * Single-spaced lines in a column from `top` down, centred unless told otherwise; returns the bottom edge
 * and the width of the widest line (rules under header lines are sized from it).
 */
export function columnText(
  doc: PdfDocument,
  runs: Run[],
  box: TextBox,
): { bottom: number; textWidth: number } {
  const lines = columnLines(runs, box);
  const lineHeight = singleLineHeight(box.size);
  lines.forEach((line, index) => {
    drawLine(doc, line, {
      x: box.x,
      width: box.width,
      baseline: box.top + index * lineHeight + ascentOf(box.size),
      size: box.size,
      align: box.align ?? 'center',
    });
  });
  const textWidth = Math.max(0, ...lines.map((line) => box.width - line.slack));
  return { bottom: box.top + lines.length * lineHeight, textWidth };
}

/** A thin rule of `length`, centred in the column just below `top`; returns its y. */
export function centredRule(doc: PdfDocument, column: Column, top: number, length: number): number {
  const y = top + RULE_GAP;
  const x = column.x + (column.width - length) / 2;
  doc
    .save()
    .lineWidth(0.6)
    .moveTo(x, y)
    .lineTo(x + length, y)
    .stroke()
    .restore();
  return y;
}
