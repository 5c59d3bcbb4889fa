import type { OfficialDocument, Run } from '../official-document.js';
import {
  CLOSING_COLUMNS,
  RECIPIENTS_LABEL,
  SIGNATURE_LINES,
  SIGNED_MARK,
  TYPE_SIZES,
} from '../page-layout.js';
import { singleLineHeight } from '../text-width.js';
import { type Column, columnLines, columnText } from './column-text.js';
import { type Flow, makeRoom } from './flow.js';

const SPACE_BEFORE = 12;

function signerLines(doc: OfficialDocument): Run[][] {
  const { signer } = doc;
  return [
    ...(signer.authorityPrefix ? [[{ text: signer.authorityPrefix, bold: true }]] : []),
    [{ text: signer.title, bold: true }],
  ];
}

function columnsOf(flow: Flow): [Column, Column] {
  const left: Column = { x: flow.left, width: flow.width * CLOSING_COLUMNS[0] };
  return [left, { x: left.x + left.width, width: flow.width * CLOSING_COLUMNS[1] }];
}

const recipientLines = (doc: OfficialDocument) =>
  doc.recipients.map((recipient): Run[] => [{ text: `- ${recipient}` }]);

const lineCount = (runs: Run[][], column: Column, size: number) =>
  runs.reduce((sum, line) => sum + columnLines(line, { ...column, size }).length, 0);

/** The height the closing block needs, space above included. */
export function closingBlockHeight(flow: Flow, doc: OfficialDocument): number {
  const [left, right] = columnsOf(flow);
  const recipients =
    singleLineHeight(TYPE_SIZES.recipientsLabel) +
    lineCount(recipientLines(doc), left, TYPE_SIZES.recipients) * singleLineHeight(TYPE_SIZES.recipients);
  const signer =
    (lineCount(signerLines(doc), right, TYPE_SIZES.signer) + SIGNATURE_LINES + 1) *
    singleLineHeight(TYPE_SIZES.signer);
  return SPACE_BEFORE + Math.max(recipients, signer);
}

/** Recipients at the bottom left, the signer at the bottom right, kept together on one page. */
export function drawClosingBlock(flow: Flow, doc: OfficialDocument): void {
  const pdf = flow.doc;
  const [left, right] = columnsOf(flow);
  const recipients = recipientLines(doc);
  const signerHeading = signerLines(doc);
  const signerLine = singleLineHeight(TYPE_SIZES.signer);
  makeRoom(flow, closingBlockHeight(flow, doc));
  if (flow.y > flow.top) flow.y += SPACE_BEFORE;

  let y = columnText(pdf, [{ text: RECIPIENTS_LABEL, bold: true, italic: true }], {
    ...left,
    top: flow.y,
    size: TYPE_SIZES.recipientsLabel,
    align: 'left',
  }).bottom;
  for (const recipient of recipients) {
    y = columnText(pdf, recipient, { ...left, top: y, size: TYPE_SIZES.recipients, align: 'left' }).bottom;
  }

  let signerY = flow.y;
  for (const line of signerHeading) {
    signerY = columnText(pdf, line, { ...right, top: signerY, size: TYPE_SIZES.signer }).bottom;
  }
  if (doc.signer.signed) {
    columnText(pdf, [{ text: SIGNED_MARK, italic: true }], {
      ...right,
      top: signerY + ((SIGNATURE_LINES - 1) / 2) * signerLine,
      size: TYPE_SIZES.signer,
    });
  }
  signerY = columnText(pdf, [{ text: doc.signer.name, bold: true }], {
    ...right,
    top: signerY + SIGNATURE_LINES * signerLine,
    size: TYPE_SIZES.signer,
  }).bottom;
  flow.y = Math.max(y, signerY);
}
