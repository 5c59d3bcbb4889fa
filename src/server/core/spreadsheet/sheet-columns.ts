import { HttpProblem } from '../http/problem.js';

/** A column of an import template: its header, what it accepts and how it is explained to the person filling it. */
export interface SheetColumn<Key extends string = string> {
  key: Key;
  header: string;
  width: number;
  /** The values a drop-down list offers in the template. */
  choices?: readonly string[];
  /** A sentence in Vietnamese for the template's explanation sheet. */
  help: string;
  /** An Excel number format for columns of numbers (counts, đồng, percents); other columns are text. */
  numberFormat?: string;
  /** Kept out of sight in the .xlsx (ids the import needs but nobody should edit). */
  hidden?: boolean;
}

/** The letter a spreadsheet shows above a column: A for position 0, AA for 26. */
export const columnLetter = (position: number): string =>
  position < 26
    ? String.fromCharCode(65 + position)
    : columnLetter(Math.floor(position / 26) - 1) + columnLetter(position % 26);

const normalise = (header: string) => header.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Where each column sits in the uploaded header; 422 naming every missing or unknown column otherwise. */
export function columnPositions<Key extends string>(
  header: string[],
  columns: readonly SheetColumn<Key>[],
): Record<Key, number> {
  const found = new Map(header.map((text, position) => [normalise(text), position]));
  const expected = new Set(columns.map((column) => normalise(column.header)));
  const missing = columns.filter((column) => !found.has(normalise(column.header)));
  const unknown = header.filter((text) => text !== '' && !expected.has(normalise(text)));
  if (missing.length > 0 || unknown.length > 0) {
    throw new HttpProblem(
      'import_columns_invalid',
      'The header row does not match the template; download the template and copy the rows into it.',
      {
        errors: [
          ...missing.map((column) => ({ path: column.header, message: `Thiếu cột "${column.header}"` })),
          ...unknown.map((text) => ({ path: text, message: `Cột "${text}" không có trong mẫu` })),
        ],
      },
    );
  }
  return Object.fromEntries(
    columns.map((column) => [column.key, found.get(normalise(column.header)) as number]),
  ) as Record<Key, number>;
}
