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

const linesOf = (flow: Flow, runs: Run[], style: TextStyle) =>
  breakLines(runs, {
    size: style.size,
    width: flow.width,
    firstLineIndent: style.firstLineIndent,
    base: style.base,
  });

/** A paragraph too short to leave two lines on each page moves whole. */
const openingLines = (count: number) => (count < 2 * LINES_KEPT ? count : LINES_KEPT);

/** The height a paragraph needs at the foot of a page to start there: what a heading above keeps with. */
export const openingHeight = (flow: Flow, runs: Run[], style: TextStyle): number =>
  style.spaceBefore + openingLines(linesOf(flow, runs, style).length) * lineHeightOf(style);

/**
 * Writes a paragraph at the current position, continuing on new pages as needed. `keepWithNext` is the
 * height of what must follow on the same page as the paragraph's last lines (the opening lines of the
 * paragraph after a heading, the signature after the closing paragraph).
 */
export function flowText(flow: Flow, runs: Run[], style: TextStyle, keepWithNext = 0): void {
  const lines = linesOf(flow, runs, style);
  const lineHeight = lineHeightOf(style);
  if (flow.y > flow.top) flow.y += style.spaceBefore;
  const following = keepWithNext > 0 ? style.spaceAfter + keepWithNext : 0;
  const opening = openingLines(lines.length);
  // A short paragraph moves whole, with what it keeps; a longer one checks again at its last two lines.
  const whole = opening === lines.length;
  makeRoom(flow, opening * lineHeight + (whole ? following : 0));
  const tail = lines.length - LINES_KEPT;
  lines.forEach((line, index) => {
    makeRoom(flow, !whole && index === tail ? LINES_KEPT * lineHeight + following : lineHeight);
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
