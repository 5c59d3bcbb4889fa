import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-to-blocks.js';

describe('rich text to document blocks', () => {
  it('maps headings and paragraphs with bold, italic and underlined runs', () => {
    const blocks = htmlToBlocks(
      '<h1>I. MỤC ĐÍCH</h1><h3>a) Yêu cầu</h3><p>Giao <strong>Văn phòng Sở</strong> chủ trì, <em>trước ngày 30/5</em> và <u>đúng hạn</u>.</p>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, runs: [{ text: 'I. MỤC ĐÍCH' }] },
      { kind: 'heading', level: 3, runs: [{ text: 'a) Yêu cầu' }] },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Giao ' },
          { text: 'Văn phòng Sở', bold: true },
          { text: ' chủ trì, ' },
          { text: 'trước ngày 30/5', italic: true },
          { text: ' và ' },
          { text: 'đúng hạn', underline: true },
          { text: '.' },
        ],
      },
    ]);
  });

  it('collapses white space as a browser does, keeps line breaks and decodes entities', () => {
    const blocks = htmlToBlocks('<p>\n  Hạ tầng   <b>kỹ\n thuật</b>&nbsp;&amp; dữ liệu<br>dòng hai </p>');
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        runs: [{ text: 'Hạ tầng ' }, { text: 'kỹ thuật', bold: true }, { text: '\u00a0& dữ liệu\ndòng hai' }],
      },
    ]);
  });

  it('turns lists into dash items, nested ones into plus items, and numbers ordered lists', () => {
    const blocks = htmlToBlocks(
      '<ul><li>Kỹ năng sử dụng CNTT<ul><li>an toàn thông tin</li></ul></li><li>Kỹ năng dạy học trực tuyến</li></ul><ol><li>Một</li><li>Hai</li></ol>',
    );
    expect(blocks).toEqual([
      { kind: 'list', marker: 'dash', items: [[{ text: 'Kỹ năng sử dụng CNTT' }]] },
      { kind: 'list', marker: 'plus', items: [[{ text: 'an toàn thông tin' }]] },
      { kind: 'list', marker: 'dash', items: [[{ text: 'Kỹ năng dạy học trực tuyến' }]] },
      { kind: 'list', marker: 'decimal', items: [[{ text: 'Một' }], [{ text: 'Hai' }]] },
    ]);
  });

  it('reads tables with a header row, and marks tables of many columns wide', () => {
    const [narrow] = htmlToBlocks(
      '<table><thead><tr><th>TT</th><th>Nội dung</th></tr></thead><tbody><tr><td>1</td><td><strong>Hạ tầng</strong></td></tr></tbody></table>',
    );
    expect(narrow).toEqual({
      kind: 'table',
      header: ['TT', 'Nội dung'],
      rows: [['1', [{ text: 'Hạ tầng', bold: true }]]],
      wide: false,
    });
    const cells = (tag: string) =>
      Array.from({ length: 9 }, (_, index) => `<${tag}>${index}</${tag}>`).join('');
    const [wide] = htmlToBlocks(`<table><tr>${cells('th')}</tr><tr>${cells('td')}</tr></table>`);
    expect(wide).toMatchObject({
      kind: 'table',
      wide: true,
      rows: [['0', '1', '2', '3', '4', '5', '6', '7', '8']],
    });
  });

  it('takes a heading level from its numbering before its tag', () => {
    const levels = htmlToBlocks(
      '<h3>II. NHIỆM VỤ</h3><h3>1. Hạ tầng</h3><h4>b) Dữ liệu</h4><h3>Văn bản của Bộ</h3>',
    ).map((block) => (block.kind === 'heading' ? block.level : null));
    expect(levels).toEqual([1, 2, 3, 3]);
  });

  it('keeps columns aligned under cells that span columns or rows', () => {
    const [table] = htmlToBlocks(
      '<table><tr><th rowspan="2">TT</th><th colspan="2">Chỉ tiêu</th></tr>' +
        '<tr><td>2021</td><td>2025</td></tr><tr><td>1</td><td>85</td><td>100</td></tr></table>',
    );
    expect(table).toMatchObject({
      header: ['TT', 'Chỉ tiêu', ''],
      rows: [
        ['', '2021', '2025'],
        ['1', '85', '100'],
      ],
    });
  });

  it('keeps the text of unknown tags and gathers loose text into paragraphs', () => {
    expect(htmlToBlocks('Mở đầu <span>văn bản</span><div><p>Đoạn</p></div><p>  </p>')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Mở đầu văn bản' }] },
      { kind: 'paragraph', runs: [{ text: 'Đoạn' }] },
    ]);
  });
});
