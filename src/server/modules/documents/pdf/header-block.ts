import { numberLine } from '../number-line.js';
import type { OfficialDocument } from '../official-document.js';
import { HEADER_COLUMNS, MOTTO, NATIONAL_TITLE, TYPE_SIZES } from '../page-layout.js';
import { placeAndDate } from '../place-and-date.js';
import { type Column, centredRule, columnText } from './column-text.js';
import type { Flow } from './flow.js';

/** The rule under the issuer and under the subject: 1/3 to 1/2 of the text above it, says the decree. */
const SHORT_RULE = 0.4;
const GAP = 6;

/**
 * The opening of the document: the issuer on the left and the national title with the motto on the right,
 * each ruled below; the number and the place and date on the next row; then the type name and subject.
 */
export function drawHeaderBlock(flow: Flow, doc: OfficialDocument): void {
  const pdf = flow.doc;
  const left: Column = { x: flow.left, width: flow.width * HEADER_COLUMNS[0] };
  const right: Column = { x: left.x + left.width, width: flow.width * HEADER_COLUMNS[1] };

  let leftBottom = flow.y;
  for (const line of doc.authority) {
    leftBottom = columnText(pdf, [{ text: line }], {
      ...left,
      top: leftBottom,
      size: TYPE_SIZES.authority,
    }).bottom;
  }
  const issuer = columnText(pdf, [{ text: doc.issuer, bold: true }], {
    ...left,
    top: leftBottom,
    size: TYPE_SIZES.issuer,
  });
  leftBottom = centredRule(pdf, left, issuer.bottom, issuer.textWidth * SHORT_RULE);

  const title = columnText(pdf, [{ text: NATIONAL_TITLE, bold: true }], {
    ...right,
    top: flow.y,
    size: TYPE_SIZES.nationalTitle,
  });
  const motto = columnText(pdf, [{ text: MOTTO, bold: true }], {
    ...right,
    top: title.bottom,
    size: TYPE_SIZES.motto,
  });
  const rightBottom = centredRule(pdf, right, motto.bottom, motto.textWidth);

  const row = Math.max(leftBottom, rightBottom) + GAP;
  const number = columnText(pdf, [{ text: numberLine(doc) }], { ...left, top: row, size: TYPE_SIZES.number });
  const date = columnText(pdf, [{ text: placeAndDate(doc.place, doc.date), italic: true }], {
    ...right,
    top: row,
    size: TYPE_SIZES.date,
  });

  const page: Column = { x: flow.left, width: flow.width };
  const typeName = columnText(pdf, [{ text: doc.typeName, bold: true }], {
    ...page,
    top: Math.max(number.bottom, date.bottom) + 3 * GAP,
    size: TYPE_SIZES.typeName,
  });
  const subject = columnText(pdf, [{ text: doc.subject, bold: true }], {
    x: flow.left + flow.width * 0.05,
    width: flow.width * 0.9,
    top: typeName.bottom,
    size: TYPE_SIZES.subject,
  });
  flow.y =
    centredRule(pdf, page, subject.bottom, Math.min(subject.textWidth * SHORT_RULE, flow.width / 3)) +
    3 * GAP;
}
