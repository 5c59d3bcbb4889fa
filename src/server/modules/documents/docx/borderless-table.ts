import { BorderStyle, type Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/**
 * Side-by-side blocks, as the decree places the issuer beside the national title and the recipients beside
 * the signer: an invisible table, each row kept on one page.
 */
export function borderlessTable(widths: number[], rows: (Paragraph | Table)[][][]): Table {
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, index) =>
              new TableCell({
                width: { size: widths[index] ?? 0, type: WidthType.DXA },
                margins: { top: 0, bottom: 0, left: 0, right: 0 },
                borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
                children,
              }),
          ),
        }),
    ),
  });
}
