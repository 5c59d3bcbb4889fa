import type { Heading, List, Run, TableCell } from './official-document.js';

/** "I." and "1." headings are bold, "a)" headings bold italic, anything deeper italic. */
export const headingStyle = (level: Heading['level']): Pick<Run, 'bold' | 'italic'> =>
  level <= 2 ? { bold: true } : level === 3 ? { bold: true, italic: true } : { italic: true };

const MARKERS = { dash: '-', plus: '+' };

/** The item's text with its marker in front, as typed in the documents: "- …", "+ …", "2. …". */
export function listItemRuns(list: List, index: number): Run[] {
  const item = list.items[index] ?? [];
  const marker = list.marker === 'decimal' ? `${(list.start ?? 1) + index}.` : MARKERS[list.marker];
  return [{ text: `${marker} ` }, ...item];
}

export const cellRuns = (cell: TableCell): Run[] => (typeof cell === 'string' ? [{ text: cell }] : cell);
