import { parseDocument } from 'htmlparser2';
import type { Block, Heading, List, Run, Table, TableCell } from './official-document.js';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Style = Pick<Run, 'bold' | 'italic' | 'underline'>;

/** More columns than this do not fit a portrait page at a readable size. */
const PORTRAIT_COLUMNS = 6;

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
]);
const HEADING_LEVELS: Record<string, 1 | 2 | 3 | 4> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };

/**
 * The level a heading's own numbering gives it ("II." 1, "3." 2, "b)" 3), which editors' tag levels do not
 * reliably follow.
 */
function numberingLevel(text: string): Heading['level'] | null {
  if (/^[IVXLC]+\.\s/.test(text)) return 1;
  if (/^\d+\.\s/.test(text)) return 2;
  if (/^[a-zđ][).]\s/.test(text)) return 3;
  return null;
}

const isBlock = (node: Node) => node.type === 'tag' && BLOCK_TAGS.has(node.name);
const childrenOf = (node: Node): Node[] => ('children' in node ? (node.children as Node[]) : []);
const tagName = (node: Node): string | null => (node.type === 'tag' ? node.name : null);

function styleOf(tag: string, style: Style): Style {
  if (tag === 'strong' || tag === 'b') return { ...style, bold: true };
  if (tag === 'em' || tag === 'i') return { ...style, italic: true };
  if (tag === 'u') return { ...style, underline: true };
  return style;
}

function collectRuns(nodes: Node[], style: Style, runs: Run[]): Run[] {
  for (const node of nodes) {
    // HTML white space only: a no-break space is text.
    if (node.type === 'text') runs.push({ ...style, text: node.data.replace(/[ \t\n\r\f]+/g, ' ') });
    else if (node.type === 'tag' && node.name === 'br') runs.push({ ...style, text: '\n' });
    else if (node.type === 'tag') {
      // A block inside inline content (a <p> in a table cell) starts a new line.
      if (isBlock(node) && runs.length > 0) runs.push({ ...style, text: '\n' });
      collectRuns(childrenOf(node), styleOf(node.name, style), runs);
    }
  }
  return runs;
}

const sameStyle = (a: Run, b: Run) =>
  Boolean(a.bold) === Boolean(b.bold) &&
  Boolean(a.italic) === Boolean(b.italic) &&
  Boolean(a.underline) === Boolean(b.underline);

/** HTML's white-space rules: one space between words, none at line starts and ends; same styles merged. */
function tidyRuns(runs: Run[]): Run[] {
  const tidy: Run[] = [];
  for (const run of runs) {
    const previous = tidy.at(-1);
    const lineGoesOn = previous !== undefined && !/[ \n]$/.test(previous.text);
    const text = lineGoesOn ? run.text : run.text.replace(/^ /, '');
    if (text === '\n' && previous) previous.text = previous.text.replace(/ $/, '');
    if (text === '') continue;
    if (previous && sameStyle(previous, run)) previous.text += text;
    else tidy.push({ ...run, text });
  }
  const first = tidy[0];
  if (first) first.text = first.text.replace(/^\n+/, '');
  const last = tidy.at(-1);
  if (last) last.text = last.text.replace(/[ \n]+$/, '');
  return tidy.filter((run) => run.text !== '').map(withoutFalseFlags);
}

function withoutFalseFlags(run: Run): Run {
  const clean: Run = { text: run.text };
  if (run.bold) clean.bold = true;
  if (run.italic) clean.italic = true;
  if (run.underline) clean.underline = true;
  return clean;
}

const runsOf = (nodes: Node[], style: Style = {}) => tidyRuns(collectRuns(nodes, style, []));

function cellOf(node: Node): TableCell {
  const runs = runsOf(childrenOf(node));
  return runs.every((run) => !run.bold && !run.italic && !run.underline)
    ? runs.map((run) => run.text).join('')
    : runs;
}

function rowsOf(node: Node): Node[] {
  return childrenOf(node).flatMap((child) => {
    const tag = tagName(child);
    if (tag === 'tr') return [child];
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') return rowsOf(child);
    return [];
  });
}

const cellsOf = (row: Node) => childrenOf(row).filter((cell) => ['td', 'th'].includes(tagName(cell) ?? ''));

/** Spans beyond these are typing mistakes; they would only blow the grid up. */
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 500;

function span(cell: Node, name: 'colspan' | 'rowspan', max: number): number {
  const value = cell.type === 'tag' ? Number.parseInt(cell.attribs[name] ?? '1', 10) : 1;
  return Number.isFinite(value) ? Math.min(Math.max(value, 1), max) : 1;
}

/**
 * Rows of cells on a regular grid: a cell spanning columns or rows leaves empty cells where it reaches,
 * so every column lines up (merged cells are printed as empty ones).
 */
function gridOf(rows: Node[]): TableCell[][] {
  const coveredRows: number[] = [];
  return rows.map((row) => {
    const cells: TableCell[] = [];
    const skipCovered = () => {
      while ((coveredRows[cells.length] ?? 0) > 0) {
        coveredRows[cells.length] = (coveredRows[cells.length] ?? 1) - 1;
        cells.push('');
      }
    };
    for (const cell of cellsOf(row)) {
      skipCovered();
      const columns = span(cell, 'colspan', MAX_COLSPAN);
      const below = span(cell, 'rowspan', MAX_ROWSPAN) - 1;
      for (let index = 0; index < columns; index += 1) {
        coveredRows[cells.length] = below;
        cells.push(index === 0 ? cellOf(cell) : '');
      }
    }
    skipCovered();
    return cells;
  });
}

function tableOf(node: Node): Table {
  const rows = rowsOf(node);
  const first = rows[0];
  const headed =
    first !== undefined &&
    (tagName(first.parent as Node) === 'thead' || cellsOf(first).every((cell) => tagName(cell) === 'th'));
  const [header = [], ...body] = headed ? gridOf(rows) : [[], ...gridOf(rows)];
  const columns = Math.max(header.length, ...body.map((row) => row.length));
  return { kind: 'table', header, rows: body, wide: columns > PORTRAIT_COLUMNS };
}

/** A nested list item's own sub-list becomes the next block, one marker deeper ("-" then "+"). */
function listBlocks(node: Node, depth: number): Block[] {
  const ordered = tagName(node) === 'ol';
  const marker: List['marker'] = ordered ? 'decimal' : depth === 0 ? 'dash' : 'plus';
  const blocks: Block[] = [];
  let current: List | null = null;
  let number = 1;
  for (const item of childrenOf(node)) {
    if (tagName(item) !== 'li') continue;
    const children = childrenOf(item);
    const runs = runsOf(children.filter((child) => !['ul', 'ol'].includes(tagName(child) ?? '')));
    if (runs.length > 0) {
      if (!current) {
        current = { kind: 'list', marker, items: [] };
        if (ordered && number > 1) current.start = number;
        blocks.push(current);
      }
      current.items.push(runs);
      number += 1;
    }
    for (const child of children) {
      if (tagName(child) === 'ul' || tagName(child) === 'ol') {
        blocks.push(...listBlocks(child, depth + 1));
        current = null;
      }
    }
  }
  return blocks;
}

function blocksOf(nodes: Node[]): Block[] {
  const blocks: Block[] = [];
  let inline: Node[] = [];
  const flushInline = () => {
    const runs = runsOf(inline);
    if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
    inline = [];
  };
  for (const node of nodes) {
    const tag = tagName(node);
    if (!tag || !isBlock(node)) {
      inline.push(node);
      continue;
    }
    flushInline();
    const tagLevel = HEADING_LEVELS[tag];
    if (tagLevel) {
      const runs = runsOf(childrenOf(node));
      const level = numberingLevel(runs.map((run) => run.text).join('')) ?? tagLevel;
      if (runs.length > 0) blocks.push({ kind: 'heading', level, runs });
    } else if (tag === 'p') {
      const runs = runsOf(childrenOf(node));
      if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
    } else if (tag === 'ul' || tag === 'ol') blocks.push(...listBlocks(node, 0));
    else if (tag === 'table') blocks.push(tableOf(node));
    else blocks.push(...blocksOf(childrenOf(node)));
  }
  flushInline();
  return blocks;
}

/**
 * The body blocks of a narrative section stored as sanitised rich text (p, h1–h6, strong/b, em/i, u,
 * ul/ol/li, table with colspan/rowspan, br). Unknown tags count for their content only; tables of more
 * than six columns are marked wide.
 */
export const htmlToBlocks = (html: string): Block[] => blocksOf(parseDocument(html).children as Node[]);
