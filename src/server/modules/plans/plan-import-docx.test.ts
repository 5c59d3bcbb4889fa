import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import type { Plan } from '../../../contract/plans/plan.js';
import { DOCX_CONTENT_TYPE } from './import-docx-route.js';

let t: DemoApp;
let soHanoi: HttpClient;
beforeAll(async () => {
  t = await startDemoApp();
  soHanoi = await t.signIn('so.hanoi');
});
afterAll(() => t.close());

/** A Word document holding the text of a seed plan, one paragraph a line, as a clerk's file would. */
async function seedAsDocx(name: string): Promise<Buffer> {
  const text = readFileSync(new URL(`../../seed/data/plans/${name}.txt`, import.meta.url), 'utf8');
  const paragraphs = text.split('\n').map((line) => new Paragraph({ text: line }));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

const upload = (client: HttpClient, body: Buffer | string) =>
  client.request('POST', '/api/plans/import-docx', body, { 'content-type': DOCX_CONTENT_TYPE });

describe('POST /api/plans/import-docx', () => {
  it('requires authentication', async () => {
    expect(
      (await upload(new HttpClient(t.app), await seedAsDocx('001-hoang-mai-van-hoa-ung-xu'))).statusCode,
    ).toBe(401);
  });

  it('drafts a plan from a Word file as from its pasted text', async () => {
    const response = await upload(soHanoi, await seedAsDocx('001-hoang-mai-van-hoa-ung-xu'));
    expect(response.statusCode).toBe(201);
    expect(response.json<Plan>()).toMatchObject({
      status: 'draft',
      number: '15/KH-UBND',
      issuedOn: '2022-02-18',
      title: expect.stringMatching(/^Xây dựng văn hóa ứng xử trên không gian mạng/),
    });
  });

  it('refuses a file that is not a .docx with 422 import_not_a_document', async () => {
    const response = await upload(soHanoi, 'KẾ HOẠCH — văn bản thường, không phải tệp Word');
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('import_not_a_document');
  });
});
