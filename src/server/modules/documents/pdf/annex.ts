import type { Annex } from '../official-document.js';
import { drawBlocks } from './body.js';
import { type Flow, startPage } from './flow.js';
import { CENTRED_STYLE, flowText } from './text-flow.js';

/** An annex starts a page of its own, in landscape when it holds a wide table. */
export function drawAnnex(flow: Flow, annex: Annex): void {
  const wide = annex.body.some((block) => block.kind === 'table' && block.wide);
  startPage(flow, wide ? 'landscape' : 'portrait');
  const heading = { ...CENTRED_STYLE, spaceAfter: 0 };
  flowText(flow, [{ text: annex.title, bold: true }], heading);
  if (annex.subtitle) flowText(flow, [{ text: annex.subtitle, bold: true }], heading);
  if (annex.note) flowText(flow, [{ text: annex.note, italic: true }], heading);
  flow.y += 2 * CENTRED_STYLE.spaceAfter;
  drawBlocks(flow, annex.body);
}
