import { type FileChild, Paragraph } from 'docx';
import type { OfficialDocument, Run } from '../official-document.js';
import {
  CLOSING_COLUMNS,
  RECIPIENTS_LABEL,
  SIGNATURE_LINES,
  SIGNED_MARK,
  TYPE_SIZES,
} from '../page-layout.js';
import { WORD_ALIGNMENT } from './alignment.js';
import { borderlessTable } from './borderless-table.js';
import { spacing } from './spacing.js';
import { textRuns } from './text-runs.js';

const line = (runs: Run[], size: number, align: 'left' | 'center', before = 0) =>
  new Paragraph({
    alignment: WORD_ALIGNMENT[align],
    spacing: spacing(before, 0),
    children: textRuns(runs, { size }),
  });

function signatureSpace(signed: boolean | undefined): Paragraph[] {
  const middle = Math.floor((SIGNATURE_LINES - 1) / 2);
  return Array.from({ length: SIGNATURE_LINES }, (_, index) =>
    line(
      signed && index === middle ? [{ text: SIGNED_MARK, italic: true }] : [],
      TYPE_SIZES.signer,
      'center',
    ),
  );
}

/** Recipients at the bottom left and the signer at the bottom right, side by side on one page. */
export function closingBlock(doc: OfficialDocument, width: number): FileChild[] {
  const widths = CLOSING_COLUMNS.map((share) => Math.round(width * share));
  const { signer } = doc;
  const recipients = [
    line([{ text: RECIPIENTS_LABEL, bold: true, italic: true }], TYPE_SIZES.recipientsLabel, 'left', 240),
    ...doc.recipients.map((recipient) => line([{ text: `- ${recipient}` }], TYPE_SIZES.recipients, 'left')),
  ];
  const signature = [
    ...(signer.authorityPrefix
      ? [line([{ text: signer.authorityPrefix, bold: true }], TYPE_SIZES.signer, 'center', 240)]
      : []),
    line([{ text: signer.title, bold: true }], TYPE_SIZES.signer, 'center', signer.authorityPrefix ? 0 : 240),
    ...signatureSpace(signer.signed),
    line([{ text: signer.name, bold: true }], TYPE_SIZES.signer, 'center'),
  ];
  return [borderlessTable(widths, [[recipients, signature]])];
}
