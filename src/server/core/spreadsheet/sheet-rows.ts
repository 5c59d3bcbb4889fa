/** A data row of an uploaded spreadsheet: its number as the spreadsheet shows it, and its cells as text. */
export interface SheetRow {
  row: number;
  /** Trimmed text of each cell, by column position (0 for A). */
  cells: string[];
  /** Positions of the cells that hold a formula rather than a value. */
  formulas: number[];
}

export interface SheetContent {
  header: string[];
  rows: SheetRow[];
  /** Blank rows between the header and the last row with content, skipped. */
  emptyRows: number;
}
