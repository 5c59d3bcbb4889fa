import { xmlText } from './xlsx-sheet-xml.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A cell style: a number format, bold text, or text wrapped at the top of the cell. */
export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  wrapTop?: boolean;
}

/** The formats Excel knows by number; any other gets an id from 164 up. */
const builtInFormats: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** Collects the distinct cell styles of a workbook and gives each its index in xl/styles.xml. */
export function createStyleTable() {
  const styles: CellStyle[] = [{}];
  const keys = new Map<string, number>([[JSON.stringify({}), 0]]);
  const customFormats = new Map<string, number>();
  const formatId = (format: string | undefined) => {
    if (format === undefined) return 0;
    const known = builtInFormats[format] ?? customFormats.get(format);
    if (known !== undefined) return known;
    const id = FIRST_CUSTOM_FORMAT + customFormats.size;
    customFormats.set(format, id);
    return id;
  };
  return {
    /** The index of a style, added on first use. */
    index(style: CellStyle): number {
      const key = JSON.stringify({ n: style.numberFormat, b: style.bold, w: style.wrapTop });
      let index = keys.get(key);
      if (index === undefined) {
        index = styles.push(style) - 1;
        keys.set(key, index);
        formatId(style.numberFormat);
      }
      return index;
    },
    xml(): string {
      const numFmts = [...customFormats]
        .map(([format, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(format)}"/>`)
        .join('');
      const xfs = styles
        .map((style) => {
          const numFmtId = formatId(style.numberFormat);
          const applied = `${numFmtId ? ' applyNumberFormat="1"' : ''}${style.bold ? ' applyFont="1"' : ''}`;
          const head = `<xf numFmtId="${numFmtId}" fontId="${style.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${applied}`;
          return style.wrapTop
            ? `${head} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
            : `${head}/>`;
        })
        .join('');
      return `${XML_DECLARATION}<styleSheet xmlns="${MAIN}">${
        customFormats.size ? `<numFmts count="${customFormats.size}">${numFmts}</numFmts>` : ''
      }<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${styles.length}">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
    },
  };
}

export const sheetPath = (position: number) => `xl/worksheets/sheet${position + 1}.xml`;

/** The parts that tie a workbook of the named sheets together, by their path in the zip. */
export function workbookParts(sheetNames: readonly string[]): [string, string][] {
  const sheetOverrides = sheetNames
    .map(
      (_, position) =>
        `<Override PartName="/${sheetPath(position)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const sheetRelations = sheetNames
    .map(
      (_, position) =>
        `<Relationship Id="rId${position + 1}" Type="${OFFICE_RELATIONSHIPS}/worksheet" Target="worksheets/sheet${position + 1}.xml"/>`,
    )
    .join('');
  const sheets = sheetNames
    .map(
      (name, position) =>
        `<sheet name="${xmlText(name)}" sheetId="${position + 1}" r:id="rId${position + 1}"/>`,
    )
    .join('');
  return [
    [
      '[Content_Types].xml',
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetOverrides}</Types>`,
    ],
    [
      '_rels/.rels',
      `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">${sheetRelations}<Relationship Id="rId${sheetNames.length + 1}" Type="${OFFICE_RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    ],
  ];
}
