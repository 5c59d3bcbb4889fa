import { describe, expect, it } from 'vitest';
import { createRowEncoder } from './xlsx-rows.js';

const STYLE = 3;

describe('sheet rows as bytes', () => {
  it('writes numbers as JavaScript prints them', () => {
    const numbers = [0, -0, 7, -42, 1_234_567, 2 ** 53 - 1, 2 ** 53 + 2, 1e21, 0.1 + 0.2, -1.5e-7, 12.5];
    const rows = createRowEncoder(
      numbers.map(() => STYLE),
      1024,
    );
    rows.row(2, numbers);
    const written = [
      ...rows
        .take()
        .toString('utf8')
        .matchAll(/<v>([^<]*)<\/v>/g),
    ].map((match) => match[1]);
    expect(written).toEqual(numbers.map(String));
  });

  it('names each cell by column and row, styles it, and leaves out empty cells and non-finite numbers', () => {
    const rows = createRowEncoder([STYLE, STYLE, STYLE, STYLE, STYLE], 1024);
    rows.row(12, ['Trường <A> & "B"', null, '', Number.NaN, ' lề ']);
    expect(rows.take().toString('utf8')).toBe(
      '<row r="12"><c r="A12" s="3" t="inlineStr"><is><t>Trường &lt;A&gt; &amp; &quot;B&quot;</t></is></c>' +
        '<c r="E12" s="3" t="inlineStr"><is><t xml:space="preserve"> lề </t></is></c></row>',
    );
  });

  it('holds a text longer than its buffer and starts afresh after each take', () => {
    const rows = createRowEncoder([STYLE], 16);
    const long = 'Ghi chú rất dài '.repeat(100);
    rows.row(2, [long]);
    expect(rows.take().toString('utf8')).toContain(long);
    expect(rows.size).toBe(0);
    rows.row(3, [1]);
    expect(rows.take().toString('utf8')).toBe('<row r="3"><c r="A3" s="3"><v>1</v></c></row>');
  });
});
