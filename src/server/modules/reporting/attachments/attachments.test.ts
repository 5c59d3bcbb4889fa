import { readdir } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../../test/support/http-client.js';
import { hoangMaiSchoolDraft } from '../../../../../test/support/reporting-fixtures.js';
import type { Problem } from '../../../../contract/problem.js';
import type { ReportAttachment } from '../../../../contract/reporting/attachments.js';
import type { Report } from '../../../../contract/reporting/reports.js';
import { countedStream, testFiles } from './attachment-test-files.js';

const MB = 1024 * 1024;

let t: DemoApp;
let principal: HttpClient;
let commune: HttpClient;
let otherProvince: HttpClient;
let reportId: string;

beforeAll(async () => {
  t = await startDemoApp();
  ({ principal, commune, otherProvince, reportId } = await hoangMaiSchoolDraft(t));
});
afterAll(() => t.close());

const upload = (
  client: HttpClient,
  fileName: string,
  body: Buffer | Readable,
  contentType = 'application/octet-stream',
) =>
  client.post(`/api/reports/${reportId}/attachments?fileName=${encodeURIComponent(fileName)}`, body, {
    'content-type': contentType,
  });

const report = async () => (await principal.get(`/api/reports/${reportId}`)).json<Report>();

/** Every file in the attachment store, however it is laid out. */
const storedFiles = async () =>
  (await readdir(t.attachmentDirectory, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );

describe('attaching evidence to a draft report', () => {
  it('stores a PDF, lists it on the report and serves it back with its type and Vietnamese name', async () => {
    const pdf = testFiles.pdf();
    const response = await upload(principal, 'Biên bản tuyên truyền.pdf', pdf);
    expect(response.statusCode).toBe(201);
    const added = response.json<ReportAttachment>();
    expect(added).toMatchObject({
      fileName: 'Biên bản tuyên truyền.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      uploadedBy: { name: expect.any(String) },
    });
    expect((await report()).attachments).toEqual([added]);

    // The reviewing commune reads the evidence too.
    const download = await commune.get(`/api/reports/${reportId}/attachments/${added.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Bien ban tuyen truyen.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20tuy%C3%AAn%20truy%E1%BB%81n.pdf`,
    );

    const audited = await t.database.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'report.attachment_added')
      .execute();
    expect(audited).toContainEqual({ action: 'report.attachment_added', entity_id: reportId });
  });

  it.each([
    ['Ảnh hoạt động.jpg', 'png', 'image/png'],
    ['Kế hoạch.docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['Danh sách.xlsx', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['Báo cáo.odt', 'odt', 'application/vnd.oasis.opendocument.text'],
  ] as const)('recognises %s by its content as %s, whatever the name says', async (name, kind, type) => {
    const response = await upload(principal, name, await testFiles[kind](), 'application/pdf');
    expect(response.statusCode).toBe(201);
    expect(response.json<ReportAttachment>().contentType).toBe(type);
  });

  it('stores identical files once', async () => {
    const before = (await storedFiles()).length;
    expect((await upload(principal, 'Bản sao.pdf', testFiles.pdf())).statusCode).toBe(201);
    expect((await storedFiles()).length).toBe(before);
  });
});

describe('refused uploads leave the report as it was', () => {
  it.each([
    ['an executable named .pdf', 'Biên bản.pdf', testFiles.executable()],
    ['a plain zip archive', 'Hồ sơ.docx', testFiles.zip()],
    ['an empty file', 'Trống.pdf', Buffer.alloc(0)],
    ['HTML', 'Trang.pdf', Buffer.from('<html><script>alert(1)</script></html>')],
  ])('refuses %s with 415 attachment_type_not_allowed', async (_what, name, bytes) => {
    const before = await report();
    const files = await storedFiles();
    const response = await upload(principal, name, bytes, 'application/pdf');
    expect(response.statusCode).toBe(415);
    expect(response.json<Problem>().code).toBe('attachment_type_not_allowed');
    expect(await report()).toEqual(before);
    expect(await storedFiles()).toEqual(files);
  });

  it('refuses a 200 MB upload with 413 attachment_too_large after reading no more than the 20 MB limit', async () => {
    const before = await report();
    const { stream, counter } = countedStream(200 * MB);
    const response = await upload(principal, 'Video.pdf', stream);
    expect(response.statusCode).toBe(413);
    expect(response.json<Problem>().code).toBe('attachment_too_large');
    expect(response.headers.connection).toBe('close');
    expect(counter.produced).toBeLessThan(21 * MB);
    expect(await report()).toEqual(before);
  });

  it('refuses an upload that declares more than the limit before reading any of it', async () => {
    const { stream, counter } = countedStream(200 * MB);
    const response = await principal.post(
      `/api/reports/${reportId}/attachments?fileName=${encodeURIComponent('Video.pdf')}`,
      stream,
      { 'content-type': 'application/pdf', 'content-length': String(200 * MB) },
    );
    expect(response.statusCode).toBe(413);
    expect(response.json<Problem>().code).toBe('attachment_too_large');
    expect(counter.produced).toBeLessThan(MB);
  });

  it('asks for a file name without path separators', async () => {
    const response = await upload(principal, '../../etc/passwd.pdf', testFiles.pdf());
    expect(response.statusCode).toBe(400);
    expect((await report()).attachments.map((item) => item.fileName)).not.toContain('../../etc/passwd.pdf');
  });
});

describe('who may attach, read and remove', () => {
  it('lets only the reporting unit attach; another province does not see the report', async () => {
    expect((await upload(commune, 'Nhận xét.pdf', testFiles.pdf())).statusCode).toBe(403);
    expect((await upload(otherProvince, 'Nhận xét.pdf', testFiles.pdf())).statusCode).toBe(404);
    const [first] = (await report()).attachments;
    const hidden = await otherProvince.get(`/api/reports/${reportId}/attachments/${first?.id}`);
    expect(hidden.statusCode).toBe(404);
  });

  it('removes an attachment, and its stored file once no attachment holds the same content', async () => {
    const png = (await upload(principal, 'Ảnh lớp học.png', testFiles.png())).json<ReportAttachment>();
    const files = (await storedFiles()).length;
    expect((await commune.delete(`/api/reports/${reportId}/attachments/${png.id}`)).statusCode).toBe(403);
    expect((await principal.delete(`/api/reports/${reportId}/attachments/${png.id}`)).statusCode).toBe(204);
    expect((await report()).attachments.map((item) => item.id)).not.toContain(png.id);
    expect((await principal.get(`/api/reports/${reportId}/attachments/${png.id}`)).statusCode).toBe(404);
    // An earlier attachment holds the same PNG bytes, so the stored copy stays for it.
    expect((await storedFiles()).length).toBe(files);

    const pdfs = (await report()).attachments.filter((item) => item.contentType === 'application/pdf');
    for (const pdf of pdfs) await principal.delete(`/api/reports/${reportId}/attachments/${pdf.id}`);
    expect((await storedFiles()).length).toBe(files - 1);
  });

  it('locks the evidence with the report once it is submitted', async () => {
    const [kept] = (await report()).attachments;
    expect((await principal.post(`/api/reports/${reportId}/submit`)).statusCode).toBe(200);
    const late = await upload(principal, 'Bổ sung.pdf', testFiles.pdf());
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>().code).toBe('report_locked');
    expect((await principal.delete(`/api/reports/${reportId}/attachments/${kept?.id}`)).statusCode).toBe(409);
  });
});
