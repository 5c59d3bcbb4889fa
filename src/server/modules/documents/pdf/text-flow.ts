import { breakLines } from '../line-breaker.js';
import type { Align, Run } from '../official-document.js';
import {
  FIRST_LINE_INDENT_MM,
  LINE_SPACING,
  POINTS_PER_MM,
  SPACE_AFTER_PT,
  TYPE_SIZES,
} from '../page-layout.js';
import { ascentOf, singleLineHeight } from '../text-width.js';
import { drawLine } from './draw-line.js';
import { type Flow, makeRoom } from './flow.js';

export interface TextStyle {
  size: number;
  align: Align;
  firstLineIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
  base?: Pick<Run, 'bold' | 'italic'>;
}

export const BODY_STYLE: TextStyle = {
  size: TYPE_SIZES.body,
  align: 'justify',
  firstLineIndent: FIRST_LINE_INDENT_MM * POINTS_PER_MM,
  spaceBefore: 0,
  spaceAfter: SPACE_AFTER_PT,
  lineSpacing: LINE_SPACING,
};

/** Centred lines without indent, such as titles. */
export const CENTRED_STYLE: TextStyle = { ...BODY_STYLE, align: 'center', firstLineIndent: 0 };

export const lineHeightOf = (style: TextStyle) => singleLineHeight(style.size) * style.lineSpacing;

/** Neither a paragraph's first line nor its last is left alone at the foot or the head of a page. */
const LINES_KEPT = 2;

/**
 * Writes a paragraph at the current position, continuing on new pages as needed. `keepWithNext` is the
 * height of what must follow on the same page as the paragraph's last lines (the opening lines of the
 * paragraph after a heading, the signature after the closing paragraph).
 */
export function flowText(flow: Flow, runs: Run[], style: TextStyle, keepWithNext = 0): void {
  const lines = breakLines(runs, {
    size: style.size,
    width: flow.width,
    firstLineIndent: style.firstLineIndent,
    base: style.base,
  });
  const lineHeight = lineHeightOf(style);
  if (flow.y > flow.top) flow.y += style.spaceBefore;
  // A paragraph too short to leave two lines on each page moves whole.
  const opening = lines.length < 2 * LINES_KEPT ? lines.length : LINES_KEPT;
  makeRoom(flow, opening * lineHeight);
  const tail = Math.max(0, lines.length - LINES_KEPT);
  lines.forEach((line, index) => {
    const rest = lines.length - index;
    const needed =
      index === tail
        ? rest * lineHeight + (keepWithNext > 0 ? style.spaceAfter + keepWithNext : 0)
        : lineHeight;
    makeRoom(flow, needed);
    drawLine(flow.doc, line, {
      x: flow.left,
      width: flow.width,
      baseline: flow.y + ascentOf(style.size),
      size: style.size,
      align: style.align,
    });
    flow.y += lineHeight;
  });
  flow.y += style.spaceAfter;
}
