import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import { openHanoiSchoolRound, reportIdOfUnit } from '../../../../test/support/reporting-fixtures.js';
import type { Report, ReportForm, ReportingRound } from '../../../contract/reporting/reports.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../seed/demo-units.js';
import { pdfTextOperations } from '../documents/fixtures/pdf-text.js';
import { unitLetterhead } from '../documents/unit-letterhead.js';

let t: DemoApp;
let principal: HttpClient;
let form: ReportForm;
let round: ReportingRound;
let reportId: string;

const SUBJECT = 'Kết quả thực hiện báo cáo năm học 2025-2026';

beforeAll(async () => {
  t = await startDemoApp();
  const [admin, sở] = await Promise.all([t.signIn('admin'), t.signIn('so.hanoi')]);
  principal = await t.signIn('truong.hoangmai');
  ({ form, round } = await openHanoiSchoolRound(t, { admin, sở }));
  reportId = await reportIdOfUnit(principal, round.id, await t.unitId(DEMO_THCS_HOANG_MAI_CODE));
  const [units, people, count, note] = form.fields.map((field) => field.indicatorId);
  const { version } = (await principal.get(`/api/reports/${reportId}`)).json<Report>();
  await principal.put(`/api/reports/${reportId}`, {
    version,
    values: {
      [units as string]: true,
      [people as string]: { numerator: 30, denominator: 50 },
      [count as string]: 6,
      [note as string]: 'Thành lập câu lạc bộ an toàn thông tin.',
    },
    narrative: {
      results: 'Tổ chức 6 buổi ngoại khóa về an toàn trên mạng.',
      limitations: 'Một số giáo viên chưa được tập huấn.',
      proposals: 'Đề nghị phường hỗ trợ kinh phí tập huấn.',
    },
  });
});
afterAll(() => t.close());

describe('the letterhead of a reporting unit', () => {
  const ministry = { name: 'Bộ Giáo dục và Đào tạo', kind: 'ministry' } as const;
  const hanoi = { name: 'Sở Giáo dục và Đào tạo Hà Nội', kind: 'department' } as const;
  const ward = { name: 'Phường Hoàng Mai', kind: 'commune' } as const;

  it.each([
    [
      'a school under its ward’s People’s Committee',
      [ministry, hanoi, ward, { name: 'Trường THCS Hoàng Mai', kind: 'school' } as const],
      { authority: ['UBND PHƯỜNG HOÀNG MAI'], issuer: 'TRƯỜNG THCS HOÀNG MAI', place: 'Hoàng Mai' },
    ],
    [
      'a ward as its People’s Committee',
      [ministry, hanoi, ward],
      { authority: [], issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀNG MAI', place: 'Hoàng Mai' },
    ],
    [
      'a Sở under its city’s People’s Committee',
      [ministry, hanoi],
      { authority: ['UBND THÀNH PHỐ HÀ NỘI'], issuer: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', place: 'Hà Nội' },
    ],
    [
      'a Sở under its province’s',
      [ministry, { name: 'Sở Giáo dục và Đào tạo Thanh Hóa', kind: 'department' } as const],
      { authority: ['UBND TỈNH THANH HÓA'], issuer: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', place: 'Thanh Hóa' },
    ],
  ])('prints %s', (_case, ancestors, expected) => {
    expect(unitLetterhead(ancestors)).toMatchObject(expected);
  });
});

describe('GET /api/reports/:id/document', () => {
  it('answers a DOCX BÁO CÁO: blank number, the indicators against their targets, the narrative', async () => {
    const response = await principal.get(`/api/reports/${reportId}/document?format=docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const xml = strFromU8(
      unzipSync(new Uint8Array(response.rawPayload))['word/document.xml'] ?? new Uint8Array(),
    );
    for (const text of [
      'UBND PHƯỜNG HOÀNG MAI',
      'TRƯỜNG THCS HOÀNG MAI',
      'BÁO CÁO',
      SUBJECT,
      'Hoàng Mai, ngày',
      'Giáo viên được tập huấn ATTT',
      '60% (30/50)',
      'Chưa đạt',
      'Thành lập câu lạc bộ an toàn thông tin.',
      'III. HẠN CHẾ, NGUYÊN NHÂN',
      'Một số giáo viên chưa được tập huấn.',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Phường Hoàng Mai (để báo cáo);',
      'HIỆU TRƯỞNG',
    ]) {
      expect(xml).toContain(text);
    }
    expect(xml).toMatch(/Số: +\/BC-TH/);
  });

  it('answers a PDF carrying the title, dated the day the report was submitted', async () => {
    expect((await principal.post(`/api/reports/${reportId}/submit`)).statusCode).toBe(200);
    const response = await principal.get(`/api/reports/${reportId}/document?format=pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const lines = pdfTextOperations(response.rawPayload);
    expect(lines).toContain('BÁO CÁO');
    expect(lines.join(' ')).toContain(SUBJECT);
    expect(lines.some((line) => /^Hoàng Mai, ngày \d{2} tháng \d{1,2} năm \d{4}$/.test(line))).toBe(true);
    expect(String(response.headers['content-disposition'])).toMatch(
      /filename="BC-TH-Ket-qua-thuc-hien-bao-cao-nam-hoc/,
    );
  });

  it('is for those who may read the report: the reviewing ward may, another province may not', async () => {
    const ward = await t.signIn('xa.hoangmai');
    expect((await ward.get(`/api/reports/${reportId}/document?format=pdf`)).statusCode).toBe(200);
    const thanhHoa = await t.signIn('so.thanhhoa');
    expect((await thanhHoa.get(`/api/reports/${reportId}/document?format=pdf`)).statusCode).toBe(404);
    expect((await principal.get(`/api/reports/${reportId}/document?format=odt`)).statusCode).toBe(400);
  });
});
