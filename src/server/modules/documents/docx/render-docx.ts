import {
  AlignmentType,
  Document,
  type FileChild,
  Header,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { Block, OfficialDocument } from '../official-document.js';
import {
  A4_MM,
  LINE_SPACING,
  MARGINS_MM,
  PAGE_NUMBER_TOP_MM,
  SPACE_AFTER_PT,
  TWIPS_PER_MM,
  TYPE_SIZES,
} from '../page-layout.js';
import { annexChildren } from './annex.js';
import { blockChildren } from './body.js';
import { closingBlock } from './closing-block.js';
import { headerBlock } from './header-block.js';
import { spacing } from './spacing.js';

type Orientation = 'portrait' | 'landscape';

interface Part {
  orientation: Orientation;
  children: FileChild[];
}

const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

/** Width of the text area in twips. */
const textWidth = (orientation: Orientation) =>
  twips((orientation === 'portrait' ? A4_MM.width : A4_MM.height) - MARGINS_MM.left - MARGINS_MM.right);

const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: TYPE_SIZES.pageNumber * 2 })],
      }),
    ],
  });

function section(part: Part, first: boolean): ISectionOptions {
  return {
    properties: {
      // The first page carries no number; numbering still counts it.
      titlePage: first,
      page: {
        size: {
          width: twips(A4_MM.width),
          height: twips(A4_MM.height),
          orientation: part.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: {
          top: twips(MARGINS_MM.top),
          bottom: twips(MARGINS_MM.bottom),
          left: twips(MARGINS_MM.left),
          right: twips(MARGINS_MM.right),
          header: twips(PAGE_NUMBER_TOP_MM),
          footer: twips(PAGE_NUMBER_TOP_MM),
        },
      },
    },
    headers: first
      ? { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) }
      : { default: pageNumberHeader() },
    children: part.children,
  };
}

/**
 * The body in sections: a wide table gets landscape pages of its own, then portrait pages go on. The last
 * paragraph keeps to the closing block, so the signature never stands alone on a page.
 */
function bodyParts(blocks: Block[], opening: Part): Part[] {
  const parts = [opening];
  blocks.forEach((block, index) => {
    const current = parts.at(-1) as Part;
    if (block.kind === 'table' && block.wide) {
      parts.push({ orientation: 'landscape', children: blockChildren(block, textWidth('landscape')) });
      parts.push({ orientation: 'portrait', children: [] });
    } else {
      const last = index === blocks.length - 1;
      current.children.push(...blockChildren(block, textWidth(current.orientation), last));
    }
  });
  return parts;
}

/** The document as an editable Word file: A4, Times New Roman 14 pt, Nghị định 30/2020 layout. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const parts = bodyParts(doc.body, {
    orientation: 'portrait',
    children: headerBlock(doc, textWidth('portrait')),
  });
  (parts.at(-1) as Part).children.push(...closingBlock(doc, textWidth('portrait')));
  for (const annex of doc.annexes) {
    const orientation = annex.body.some((block) => block.kind === 'table' && block.wide)
      ? 'landscape'
      : 'portrait';
    parts.push({ orientation, children: annexChildren(annex, textWidth(orientation)) });
  }
  const word = new Document({
    title: doc.subject,
    creator: doc.issuer.replace(/\s+/g, ' '),
    styles: {
      default: {
        document: {
          run: { font: 'Times New Roman', size: TYPE_SIZES.body * 2, language: { value: 'vi-VN' } },
          paragraph: { spacing: spacing(0, SPACE_AFTER_PT * 20, LINE_SPACING) },
        },
      },
    },
    sections: parts.map((part, index) => section(part, index === 0)),
  });
  return Packer.toBuffer(word);
}
