import { type FileChild, Paragraph } from 'docx';
import type { Annex, Run } from '../official-document.js';
import { LINE_SPACING } from '../page-layout.js';
import { WORD_ALIGNMENT } from './alignment.js';
import { blockChildren } from './body.js';
import { spacing } from './spacing.js';
import { textRuns } from './text-runs.js';

/** An annex's title, subtitle and note, centred, then its body, for a text area `width` twips wide. */
export function annexChildren(annex: Annex, width: number): FileChild[] {
  const heading: Run[] = [
    { text: annex.title, bold: true },
    ...(annex.subtitle ? [{ text: annex.subtitle, bold: true }] : []),
    ...(annex.note ? [{ text: annex.note, italic: true }] : []),
  ];
  return [
    ...heading.map(
      (run, index) =>
        new Paragraph({
          alignment: WORD_ALIGNMENT.center,
          keepNext: true,
          spacing: spacing(0, index === heading.length - 1 ? 240 : 0, LINE_SPACING),
          children: textRuns([run]),
        }),
    ),
    ...annex.body.flatMap((block) => blockChildren(block, width)),
  ];
}
