import { columnLetter, type SheetColumn } from './sheet-columns.js';

/** A cell: text, or a number in a column that has a number format; null leaves it empty. */
export type SheetCell = string | number | null;

// Control characters other than tab and line breaks, U+FFFE, U+FFFF and lone surrogates are not XML 1.0.
const notXml =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the quick test for text that needs escaping
const needsEscape = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside an XML element or a double-quoted attribute. */
export const xmlText = (text: string): string =>
  needsEscape.test(text)
    ? text.replace(notXml, '').replace(/[&<>"]/g, (char) => escapes[char] as string)
    : text;

const SHEET_NAMESPACES =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface SheetLayout {
  widths: readonly number[];
  /** Style of each column's empty cells. */
  styles?: readonly number[];
  hidden?: readonly boolean[];
  frozenHeader: boolean;
}

const frozenHeaderView =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';

/** The worksheet up to the opening of its rows: views and column widths, styles and visibility. */
export function sheetStartXml(layout: SheetLayout): string {
  const views = layout.frozenHeader
    ? frozenHeaderView
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = layout.widths
    .map((width, position) => {
      const style = layout.styles?.[position];
      const hidden = layout.hidden?.[position] ? ' hidden="1"' : '';
      const styled = style === undefined ? '' : ` style="${style}"`;
      return `<col min="${position + 1}" max="${position + 1}" width="${width}" customWidth="1"${styled}${hidden}/>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${SHEET_NAMESPACES}>${views}<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`;
}

/** The drop-down lists of the columns that offer choices, on the rows below the header. */
function validationsXml(columns: readonly SheetColumn[], validatedRows: number): string {
  if (validatedRows < 1) return '';
  const lists = columns.flatMap((column, position) => {
    if (!column.choices) return [];
    const letter = columnLetter(position);
    const error = `Chọn một giá trị trong danh sách: ${column.choices.join(', ')}`;
    return [
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="${xmlText(column.header)}" error="${xmlText(error)}" sqref="${letter}2:${letter}${validatedRows + 1}"><formula1>${xmlText(`"${column.choices.join(',')}"`)}</formula1></dataValidation>`,
    ];
  });
  return lists.length === 0
    ? ''
    : `<dataValidations count="${lists.length}">${lists.join('')}</dataValidations>`;
}

/** The worksheet after its rows. */
export const sheetEndXml = (columns: readonly SheetColumn[] = [], validatedRows = 0): string =>
  `</sheetData>${validationsXml(columns, validatedRows)}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
