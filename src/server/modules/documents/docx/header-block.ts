import { type FileChild, Paragraph } from 'docx';
import { breakLines } from '../line-breaker.js';
import { numberLine } from '../number-line.js';
import type { OfficialDocument, Run } from '../official-document.js';
import { HEADER_COLUMNS, MOTTO, NATIONAL_TITLE, TYPE_SIZES } from '../page-layout.js';
import { placeAndDate } from '../place-and-date.js';
import { WORD_ALIGNMENT } from './alignment.js';
import { borderlessTable } from './borderless-table.js';
import { centredRule } from './rule.js';
import { spacing } from './spacing.js';
import { textRuns } from './text-runs.js';

/** The rule under the issuer and under the subject: 1/3 to 1/2 of the text above it, says the decree. */
const SHORT_RULE = 0.4;
const SUBJECT_SHARE = 0.9;

/** Width in twips of the widest line `runs` make in a column `width` twips wide. */
function widestLine(runs: Run[], size: number, width: number): number {
  const lines = breakLines(runs, { size, width: width / 20 });
  return Math.max(0, ...lines.map((line) => width / 20 - line.slack)) * 20;
}

const centred = (runs: Run[], size: number, space: { before?: number; after?: number } = {}) =>
  new Paragraph({
    alignment: WORD_ALIGNMENT.center,
    spacing: spacing(space.before ?? 0, space.after ?? 0),
    children: textRuns(runs, { size }),
  });

/**
 * The opening of the document, for a text area `width` twips wide: issuer and national title side by side,
 * each ruled below, the number beside the place and date, then the type name and the subject.
 */
export function headerBlock(doc: OfficialDocument, width: number): FileChild[] {
  const [left, right] = HEADER_COLUMNS.map((share) => Math.round(width * share)) as [number, number];
  const issuer: Run[] = [{ text: doc.issuer, bold: true }];
  const motto: Run[] = [{ text: MOTTO, bold: true }];
  const subject: Run[] = [{ text: doc.subject, bold: true }];
  const subjectWidth = Math.round(width * SUBJECT_SHARE);
  const subjectMargin = Math.round((width - subjectWidth) / 2);

  const issuerCell = [
    ...doc.authority.map((line) => centred([{ text: line }], TYPE_SIZES.authority)),
    centred(issuer, TYPE_SIZES.issuer),
    centredRule(left, widestLine(issuer, TYPE_SIZES.issuer, left) * SHORT_RULE),
  ];
  const titleCell = [
    centred([{ text: NATIONAL_TITLE, bold: true }], TYPE_SIZES.nationalTitle),
    centred(motto, TYPE_SIZES.motto),
    centredRule(right, widestLine(motto, TYPE_SIZES.motto, right)),
  ];
  const numberCell = [centred([{ text: numberLine(doc) }], TYPE_SIZES.number, { before: 120 })];
  const dateCell = [
    centred([{ text: placeAndDate(doc.place, doc.date), italic: true }], TYPE_SIZES.date, { before: 120 }),
  ];

  return [
    borderlessTable(
      [left, right],
      [
        [issuerCell, titleCell],
        [numberCell, dateCell],
      ],
    ),
    centred([{ text: doc.typeName, bold: true }], TYPE_SIZES.typeName, { before: 360 }),
    new Paragraph({
      alignment: WORD_ALIGNMENT.center,
      indent: { left: subjectMargin, right: subjectMargin },
      spacing: spacing(0, 0),
      children: textRuns(subject, { size: TYPE_SIZES.subject }),
    }),
    centredRule(
      width,
      Math.min(widestLine(subject, TYPE_SIZES.subject, subjectWidth) * SHORT_RULE, width / 3),
    ),
    new Paragraph({ spacing: spacing(0, 120) }),
  ];
}
