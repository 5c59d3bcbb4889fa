import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import type { Plan } from '../../../contract/plans/plan.js';
import { issuerUnderAuthority } from '../documents/issuer-line.js';
import { planDocument } from './plan-document.js';

let t: DemoApp;
let sở: HttpClient;
let planId: string;

beforeAll(async () => {
  t = await startDemoApp();
  sở = await t.signIn('so.thanhhoa');
  const { items } = (await sở.get('/api/plans?q=an toan thong tin')).json<{
    items: { id: string; title: string }[];
  }>();
  const seeded = items[0];
  if (!seeded) throw new Error('the demo Thanh Hóa plan is missing');
  planId = seeded.id;
});
afterAll(() => t.close());

/** Seed plan 004 (316/KH-SGDĐT of Sở Quảng Ngãi), imported from its text: 33 legal bases. */
async function quangNgaiPlan(): Promise<Plan> {
  const admin = await t.signIn('admin');
  const { items } = (await admin.get('/api/plans?limit=100')).json<{
    items: { id: string; number: string | null }[];
  }>();
  const seeded = items.find((item) => item.number === '316/KH-SGDĐT');
  if (!seeded) throw new Error('the demo Quảng Ngãi plan is missing');
  return (await admin.get(`/api/plans/${seeded.id}`)).json<Plan>();
}

describe('the issuer block', () => {
  it.each([
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NGÃI', 'UBND TỈNH QUẢNG NGÃI', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
    ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HOÀNG MAI', 'UBND QUẬN HOÀNG MAI', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'],
    ['TRƯỜNG THCS HOÀNG MAI', 'UBND PHƯỜNG HOÀNG MAI', 'TRƯỜNG THCS HOÀNG MAI'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI', null, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI'],
  ])('prints %s under %s as %s', (issuer, authority, printed) => {
    expect(issuerUnderAuthority(issuer, authority)).toBe(printed);
  });
});

describe('the body', () => {
  const basisParagraphs = (plan: Plan) =>
    planDocument(plan)
      .body.filter((block) => block.kind === 'paragraph')
      .map((block) => block.runs.map((run) => run.text).join(''))
      .filter((text) => plan.legalBases.some((basis) => basis.text === text));

  it('sets out the legal bases as paragraphs of their own when the text does not state them', async () => {
    const plan = await quangNgaiPlan();
    expect(basisParagraphs({ ...plan, sections: [] })).toHaveLength(33);
  });

  it('adds nothing to an imported text that states its legal bases in its own words', async () => {
    const plan = await quangNgaiPlan();
    expect(plan.legalBases).toHaveLength(33);
    expect(planDocument(plan).body).toEqual(planDocument({ ...plan, legalBases: [] }).body);
  });
});

describe('the recipients', () => {
  it('end with the archive line, "Lưu:" and a full stop added to the note the plan keeps', async () => {
    const plan = (await sở.get(`/api/plans/${planId}`)).json<Plan>();
    expect(plan.archiveNote).toBe('VT');
    expect(planDocument(plan).recipients.at(-1)).toBe('Lưu: VT.');
  });
});

describe('GET /api/plans/:id/document', () => {
  it('answers a PDF with an embedded font and a Vietnamese file name', async () => {
    const response = await sở.get(`/api/plans/${planId}/document?format=pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(response.rawPayload.toString('latin1')).toMatch(/FontFile2|FontFile3/);
    expect(String(response.headers['content-disposition'])).toMatch(
      /^attachment; filename="[^"]+\.pdf"; filename\*=UTF-8''/,
    );
  });

  it('answers an editable DOCX', async () => {
    const response = await sở.get(`/api/plans/${planId}/document?format=docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('is not found for another province, and refuses an unknown format', async () => {
    const hanoi = await t.signIn('so.hanoi');
    expect((await hanoi.get(`/api/plans/${planId}/document?format=pdf`)).statusCode).toBe(404);
    expect((await sở.get(`/api/plans/${planId}/document?format=odt`)).statusCode).toBe(400);
  });
});
