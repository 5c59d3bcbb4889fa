import { cellRuns } from '../block-style.js';
import { breakLines, type Line } from '../line-breaker.js';
import type { Table, TableCell } from '../official-document.js';
import { TYPE_SIZES } from '../page-layout.js';
import { ascentOf, singleLineHeight } from '../text-width.js';
import { drawLine } from './draw-line.js';
import { type Flow, makeRoom, startPage } from './flow.js';
import { CENTRED_STYLE, flowText } from './text-flow.js';

const PADDING_X = 4;
const PADDING_Y = 3;
const BORDER = 0.5;

interface LaidRow {
  cells: Line[][];
  height: number;
  header: boolean;
}

function columnWidths(table: Table, columns: number, width: number): number[] {
  const shares = Array.from({ length: columns }, (_, index) => table.widths?.[index] ?? 1);
  const total = shares.reduce((sum, share) => sum + share, 0);
  return shares.map((share) => (share / total) * width);
}

function layRow(cells: TableCell[], widths: number[], header: boolean): LaidRow {
  const size = TYPE_SIZES.table;
  const laid = widths.map((width, index) =>
    breakLines(cellRuns(cells[index] ?? ''), {
      size,
      width: width - 2 * PADDING_X,
      base: header ? { bold: true } : undefined,
    }),
  );
  const lines = Math.max(1, ...laid.map((cell) => cell.length));
  return { cells: laid, height: lines * singleLineHeight(size) + 2 * PADDING_Y, header };
}

function drawRow(flow: Flow, table: Table, row: LaidRow, widths: number[]): void {
  const size = TYPE_SIZES.table;
  const lineHeight = singleLineHeight(size);
  let x = flow.left;
  row.cells.forEach((lines, index) => {
    const width = widths[index] ?? 0;
    flow.doc.lineWidth(BORDER).rect(x, flow.y, width, row.height).stroke();
    const align = row.header ? 'center' : (table.align?.[index] ?? 'left');
    lines.forEach((line, lineIndex) => {
      drawLine(flow.doc, line, {
        x: x + PADDING_X,
        width: width - 2 * PADDING_X,
        baseline: flow.y + PADDING_Y + lineIndex * lineHeight + ascentOf(size),
        size,
        align,
      });
    });
    x += width;
  });
  flow.y += row.height;
}

/** A bordered table; rows are never split, and the header row is repeated at the top of each page. */
export function drawTable(flow: Flow, table: Table): void {
  const columns = Math.max(table.header.length, ...table.rows.map((row) => row.length));
  const widths = columnWidths(table, columns, flow.width);
  const header = table.header.length > 0 ? layRow(table.header, widths, true) : null;
  const rows = table.rows.map((row) => layRow(row, widths, false));
  const opening = (header?.height ?? 0) + (rows[0]?.height ?? 0);
  if (table.title) {
    flowText(flow, [{ text: table.title }], { ...CENTRED_STYLE, base: { bold: true } }, opening);
  } else {
    makeRoom(flow, opening);
  }
  if (header) drawRow(flow, table, header, widths);
  for (const row of rows) {
    if (flow.y + row.height > flow.bottom && flow.y > flow.top) {
      startPage(flow);
      if (header) drawRow(flow, table, header, widths);
    }
    drawRow(flow, table, row, widths);
  }
  flow.y += CENTRED_STYLE.spaceAfter * 2;
}
