import {
  BorderStyle,
  type FileChild,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { cellRuns } from '../block-style.js';
import type { TableCell as DocumentCell, Table as DocumentTable } from '../official-document.js';
import { SPACE_AFTER_PT, TYPE_SIZES } from '../page-layout.js';
import { WORD_ALIGNMENT } from './alignment.js';
import { spacing } from './spacing.js';
import { textRuns } from './text-runs.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_MARGINS = { top: 60, bottom: 60, left: 80, right: 80 };

function cell(content: DocumentCell, width: number, align: 'left' | 'center' | 'right', header: boolean) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    children: [
      new Paragraph({
        alignment: WORD_ALIGNMENT[align],
        spacing: spacing(0, 0),
        children: textRuns(cellRuns(content), { size: TYPE_SIZES.table, bold: header }),
      }),
    ],
  });
}

/** A bordered table `width` twips wide; the header row repeats on every page and no row is split. */
export function tableChildren(table: DocumentTable, width: number): FileChild[] {
  const columns = Math.max(table.header.length, ...table.rows.map((row) => row.length));
  const shares = Array.from({ length: columns }, (_, index) => table.widths?.[index] ?? 1);
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((share / total) * width));
  const row = (cells: DocumentCell[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map((columnWidth, index) =>
        cell(cells[index] ?? '', columnWidth, header ? 'center' : (table.align?.[index] ?? 'left'), header),
      ),
    });
  const title = table.title
    ? [
        new Paragraph({
          alignment: WORD_ALIGNMENT.center,
          keepNext: true,
          children: textRuns([{ text: table.title }], { bold: true }),
        }),
      ]
    : [];
  return [
    ...title,
    new Table({
      width: { size: widths.reduce((sum, columnWidth) => sum + columnWidth, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: LINE,
        bottom: LINE,
        left: LINE,
        right: LINE,
        insideHorizontal: LINE,
        insideVertical: LINE,
      },
      rows: [
        ...(table.header.length > 0 ? [row(table.header, true)] : []),
        ...table.rows.map((cells) => row(cells, false)),
      ],
    }),
    // Word needs a paragraph after a table that ends a section; it also spaces the table from what follows.
    new Paragraph({ spacing: spacing(0, SPACE_AFTER_PT * 20) }),
  ];
}
