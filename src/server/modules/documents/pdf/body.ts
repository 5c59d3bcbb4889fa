import { headingStyle, listItemRuns } from '../block-style.js';
import type { Align, Block, Heading } from '../official-document.js';
import { type Flow, startPage } from './flow.js';
import { drawTable } from './table.js';
import { BODY_STYLE, flowText, lineHeightOf, openingHeight, type TextStyle } from './text-flow.js';

/** Room for the start of a table: its title and a couple of rows. */
const TABLE_OPENING_LINES = 4;

/** What a heading keeps on its page: the opening lines of the block after it. */
function headingKeeps(flow: Flow, next: Block | undefined): number {
  switch (next?.kind) {
    case 'heading':
      return openingHeight(flow, next.runs, headingStyleOf(next)) + 2 * lineHeightOf(BODY_STYLE);
    case 'paragraph':
      return openingHeight(flow, next.runs, paragraphStyle(next.align ?? 'justify'));
    case 'list':
      return openingHeight(flow, listItemRuns(next, 0), BODY_STYLE);
    case 'table':
      return TABLE_OPENING_LINES * lineHeightOf(BODY_STYLE);
    default:
      return 0;
  }
}

const headingStyleOf = (heading: Heading): TextStyle => ({
  ...BODY_STYLE,
  base: headingStyle(heading.level),
});

function paragraphStyle(align: Align): TextStyle {
  const indented = align === 'justify' || align === 'left';
  return { ...BODY_STYLE, align, firstLineIndent: indented ? BODY_STYLE.firstLineIndent : 0 };
}

/** The blocks in order; the last one keeps its closing lines with `keepLastWith` points of what follows. */
export function drawBlocks(flow: Flow, blocks: Block[], keepLastWith = 0): void {
  blocks.forEach((block, blockIndex) => {
    const keep = blockIndex === blocks.length - 1 ? keepLastWith : 0;
    switch (block.kind) {
      case 'heading':
        flowText(flow, block.runs, headingStyleOf(block), headingKeeps(flow, blocks[blockIndex + 1]));
        break;
      case 'paragraph':
        flowText(flow, block.runs, paragraphStyle(block.align ?? 'justify'), keep);
        break;
      case 'list':
        block.items.forEach((_, index) => {
          flowText(flow, listItemRuns(block, index), BODY_STYLE, index === block.items.length - 1 ? keep : 0);
        });
        break;
      case 'table':
        if (block.wide && flow.orientation === 'portrait') {
          startPage(flow, 'landscape');
          drawTable(flow, block);
          startPage(flow, 'portrait');
        } else {
          drawTable(flow, block);
        }
        break;
      case 'pageBreak':
        startPage(flow);
        break;
    }
  });
}
