import { headingStyle, listItemRuns } from '../block-style.js';
import type { Align, Block } from '../official-document.js';
import { type Flow, startPage } from './flow.js';
import { drawTable } from './table.js';
import { BODY_STYLE, flowText, lineHeightOf, type TextStyle } from './text-flow.js';

/** A heading stays on the page only if the next paragraph's first two lines fit below it. */
const headingKeeps = () => 2 * lineHeightOf(BODY_STYLE);

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
        flowText(flow, block.runs, { ...BODY_STYLE, base: headingStyle(block.level) }, headingKeeps());
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
