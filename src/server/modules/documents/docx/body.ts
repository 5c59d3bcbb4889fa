import { type FileChild, PageBreak, Paragraph } from 'docx';
import { headingStyle, listItemRuns } from '../block-style.js';
import type { Align, Block, Run } from '../official-document.js';
import { FIRST_LINE_INDENT_MM, TWIPS_PER_MM } from '../page-layout.js';
import { WORD_ALIGNMENT } from './alignment.js';
import { tableChildren } from './table.js';
import { type RunFormat, textRuns } from './text-runs.js';

const FIRST_LINE_INDENT = Math.round(FIRST_LINE_INDENT_MM * TWIPS_PER_MM);

function bodyParagraph(runs: Run[], align: Align, format: RunFormat = {}, keepNext = false): Paragraph {
  const indented = align === 'justify' || align === 'left';
  return new Paragraph({
    alignment: WORD_ALIGNMENT[align],
    indent: indented ? { firstLine: FIRST_LINE_INDENT } : undefined,
    keepNext: keepNext || undefined,
    children: textRuns(runs, format),
  });
}

/**
 * Word content for one block; tables take the full `width` (twips) of the text area. `keepNext` holds the
 * block's end on the page of what follows, as the last paragraph stays with the signature.
 */
export function blockChildren(block: Block, width: number, keepNext = false): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [bodyParagraph(block.runs, 'justify', headingStyle(block.level), true)];
    case 'paragraph':
      return [bodyParagraph(block.runs, block.align ?? 'justify', {}, keepNext)];
    case 'list':
      return block.items.map((_, index) =>
        bodyParagraph(
          listItemRuns(block, index),
          'justify',
          {},
          keepNext && index === block.items.length - 1,
        ),
      );
    case 'table':
      return tableChildren(block, width);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
