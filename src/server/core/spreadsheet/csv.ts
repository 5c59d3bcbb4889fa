/**
 * Splits CSV text (RFC 4180 quoting) into records. The delimiter is the comma or the semicolon,
 * whichever the first record uses more: Excel saves "CSV" with a semicolon where the decimal
 * separator is a comma, as on Vietnamese Windows.
 */
export function parseCsv(text: string): string[][] {
  const delimiter =
    countOutsideQuotes(firstRecord(text), ';') > countOutsideQuotes(firstRecord(text), ',') ? ';' : ',';
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function firstRecord(text: string): string {
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return text.slice(0, index);
  }
  return text;
}

function countOutsideQuotes(line: string, wanted: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === wanted) count += 1;
  }
  return count;
}

const needsQuotes = /[",;\r\n]/;

/** One CSV line, comma-separated, quoting fields that hold a delimiter, a quote or a line break. */
export const csvLine = (fields: string[]): string =>
  `${fields.map((field) => (needsQuotes.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',')}\r\n`;
