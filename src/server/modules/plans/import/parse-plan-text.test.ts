import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan-text.js';

const seed = (name: string) =>
  parsePlanText(readFileSync(new URL(`../../../seed/data/plans/${name}.txt`, import.meta.url), 'utf8'), 2026);

const text = (html: string) => html.replace(/<[^>]+>/g, ' ');

describe('parsePlanText on Sở GD&ĐT Thanh Hóa’s 2021–2025 ATTT plan (no number, no date)', () => {
  const { content, references } = seed('000-thanh-hoa-attt-2021-2025');

  it('recognises type, title and period, and leaves number and date empty for the author', () => {
    expect(content).toMatchObject({
      typeName: 'KẾ HOẠCH',
      title: expect.stringMatching(/^Tuyên truyền, nâng cao nhận thức/),
      number: null,
      issuedOn: null,
      periodStartYear: 2021,
      periodEndYear: 2025,
    });
  });

  it('takes the "Thực hiện …" clause as the legal basis and keeps the preamble as written', () => {
    expect(content.legalBases).toEqual([
      {
        text: expect.stringMatching(/^Thực hiện Quyết định số 1039\/KH-UBND ngày 29\/3\/2021/),
        planId: null,
      },
    ]);
    expect(references).toEqual([]);
    expect(content.sections[0]).toMatchObject({
      kind: 'preamble',
      html: expect.stringContaining('như sau:'),
    });
  });

  it('splits the sections by their Roman headings', () => {
    expect(content.sections.map((section) => [section.kind, section.heading])).toEqual([
      ['preamble', null],
      ['purposes', 'I. MỤC ĐÍCH, YÊU CẦU'],
      ['objectives', 'II. MỤC TIÊU'],
      ['content', 'III. NỘI DUNG KẾ HOẠCH'],
      ['solutions', 'IV. GIẢI PHÁP'],
      ['funding', 'V. KINH PHÍ THỰC HIỆN'],
      ['organisation', 'VI. TỔ CHỨC THỰC HIỆN'],
      ['closing', null],
    ]);
  });

  it('joins a paragraph that a page break split mid-sentence', () => {
    expect(text(content.sections[4]?.html ?? '')).toContain('tập huấn, tuyên truyền nhằm nâng cao nhận thức');
  });

  it('recognises the specific objectives and each unit’s responsibilities', () => {
    expect(content.objectives).toHaveLength(5);
    expect(content.objectives[0]).toMatchObject({
      kind: 'specific',
      text: expect.stringMatching(/^100% các cơ sở giáo dục/),
    });
    expect(content.responsibilities.map((r) => r.party)).toEqual([
      { name: 'Văn phòng Sở' },
      { name: 'Phòng Kế hoạch - Tài chính' },
      { name: 'Phòng GD&ĐT các huyện, thị xã, thành phố' },
      { name: 'Các phòng cơ quan Sở, các đơn vị trực thuộc' },
    ]);
  });

  it('reads recipients, the archive note and a signer signing on behalf of the director', () => {
    expect(content.recipients.map((r) => r.text)).toEqual([
      'UBND tỉnh (để b/c)',
      'Sở Thông tin và Truyền thông (để b/c)',
      'Ban Giám đốc Sở (để c/đ)',
      'Phòng GD&ĐT các huyện, thị xã, thành phố (để t/h)',
      'Các phòng Cơ quan Sở, các đơn vị trực thuộc (để t/h)',
    ]);
    expect(content.archiveNote).toBe('VT, VP');
    expect(content.signer).toEqual({
      authorityLines: [{ prefix: 'KT.', text: 'GIÁM ĐỐC' }],
      title: 'PHÓ GIÁM ĐỐC',
      name: 'Tạ Hồng Lựu',
    });
  });
});

describe('parsePlanText on Hoàng Mai’s 15/KH-UBND (markdown emphasis in number and date)', () => {
  const { content, references } = seed('001-hoang-mai-van-hoa-ung-xu');

  it('reads the number, symbol, place and date through the emphasis marks', () => {
    expect(content).toMatchObject({
      number: 15,
      symbol: 'KH-UBND',
      place: 'Hoàng Mai',
      issuedOn: '2022-02-18',
    });
  });

  it('names the plan it implements by number, for linking', () => {
    expect(content.legalBases[0]?.text).toMatch(/^Thực hiện Kế hoạch số 296\/KH-SGDĐT ngày 28\/01\/2022/);
    expect(references).toEqual([{ legalBasisIndex: 0, number: 296, symbol: 'KH-SGDĐT' }]);
  });

  it('finds both reporting deadlines', () => {
    expect(content.reporting.map((rule) => [rule.to, rule.deadline])).toEqual([
      ['UBND Quận và Sở Giáo dục và Đào tạo Hà Nội', 'trước ngày 10/12 hàng năm'],
      ['UBND Quận', 'trước ngày 01/12 hàng năm'],
    ]);
  });

  it('keeps "+" sub-items as list items and reads a two-level authority', () => {
    expect(content.sections[2]?.html).toContain('<li>Xây dựng nội dung, phát hành tài liệu tuyên truyền');
    expect(content.signer).toEqual({
      authorityLines: [
        { prefix: 'TM.', text: 'ỦY BAN NHÂN DÂN' },
        { prefix: 'KT.', text: 'CHỦ TỊCH' },
      ],
      title: 'PHÓ CHỦ TỊCH',
      name: 'Trần Quý Thái',
    });
  });
});

describe('parsePlanText on Quảng Ngãi’s 316/KH-SGDĐT (markdown headings, a "CĂN CỨ" section)', () => {
  const { content } = seed('004-quang-ngai-316-kh-sgddt');

  it('reads number, place, date and title under markdown heading marks', () => {
    expect(content).toMatchObject({
      number: 316,
      symbol: 'KH-SGDĐT',
      place: 'Quảng Ngãi',
      issuedOn: '2021-03-23',
      title: expect.stringMatching(/^Ứng dụng công nghệ thông tin, chuyển đổi số/),
    });
  });

  it('takes each clause of the preamble and each entry under "CĂN CỨ" as a legal basis', () => {
    expect(content.legalBases.slice(0, 4).map((basis) => basis.text.slice(0, 30))).toEqual([
      'Căn cứ Quyết định số 749/QĐ-TT',
      'Quyết định số 784/QĐ-BGDĐT ngà',
      'Công văn số 151/UBND-KGVX ngày',
      'Các văn bản hướng dẫn của Sở T',
    ]);
    expect(content.legalBases.at(-1)?.text).toMatch(/^Kế hoạch số 119\/KH-UBND ngày 09\/10\/2020/);
    expect(content.legalBases).toHaveLength(33);
  });

  it('tells general from specific objectives and finds the report due before 30/5', () => {
    expect(content.objectives.map((objective) => objective.kind)).toEqual([
      'general',
      'specific',
      'specific',
    ]);
    expect(content.reporting).toEqual([
      expect.objectContaining({ to: 'Sở GDĐT', deadline: 'trước ngày 30/5' }),
    ]);
  });

  it('drops no text: every paragraph of the body is in a section', () => {
    const all = content.sections.map((section) => text(section.html)).join(' ');
    for (const phrase of [
      'Tiếp tục hiện khai báo mã định danh',
      'Môi trường chính sách',
      'https://office.quangngai.gov.vn',
    ]) {
      expect(all).toContain(phrase);
    }
  });
});
