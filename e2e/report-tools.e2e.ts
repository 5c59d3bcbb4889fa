import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ReportingRound } from '../src/contract/reporting/reports';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { hanoiDepartmentId, post } from './support/plan-fixture';
import { saveScreenshot } from './support/screenshot';

const REPORT_HEADING = 'Báo cáo của Trường THCS Hoàng Mai';
const SESSIONS = 'Số buổi sinh hoạt chuyên đề, ngoại khóa về văn hóa ứng xử trên không gian mạng';
/** The template's hidden column naming the field of each row. */
const ID_COLUMN = 7;
const LABEL_COLUMN = 2;
const VALUE_COLUMN = 4;

const minimalPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
/** A Windows executable's first bytes, under a name that claims a PDF. */
const executable = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(256)]);

async function openPrincipalsReport(page: Page): Promise<string> {
  await page.goto('/bao-cao');
  await page.getByRole('link', { name: 'Trường THCS Hoàng Mai' }).first().click();
  await page.getByRole('heading', { level: 1, name: REPORT_HEADING }).waitFor();
  return new URL(page.url()).pathname.replace('/bao-cao/', '');
}

/** Downloads the report's template through its link on the page. */
async function downloadTemplate(page: Page): Promise<ExcelJS.Workbook> {
  const offline = page.getByRole('region', { name: 'Làm báo cáo ngoại tuyến' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    offline.getByRole('link', { name: 'Excel (.xlsx)' }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return workbook;
}

function sessionsRow(workbook: ExcelJS.Workbook): ExcelJS.Row {
  const sheet = workbook.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(LABEL_COLUMN).value === SESSIONS && row.getCell(ID_COLUMN).value) found = row;
  });
  if (!found) throw new Error('the template has no row for the sessions');
  return found;
}

async function checkFile(page: Page, workbook: ExcelJS.Workbook) {
  const offline = page.getByRole('region', { name: 'Làm báo cáo ngoại tuyến' });
  await offline.locator('input[type="file"]').setInputFiles({
    name: 'bao-cao-da-dien.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await offline.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await offline.getByRole('heading', { name: 'Kết quả kiểm tra tệp' }).waitFor();
  return offline;
}

describeInBrowser('the tools around a report and a round', () => {
  const app = useAppSession();

  it('lets a school attach evidence, fill its report offline and download it as a document', async () => {
    const { page } = app;
    await app.signIn('truong.hoangmai');
    const reportId = await openPrincipalsReport(page);

    // Evidence: a real PDF is listed; an executable named .pdf and an oversize file are refused in Vietnamese.
    const evidence = page.getByRole('region', { name: 'Minh chứng' });
    const upload = async (name: string, buffer: Buffer) => {
      await evidence
        .locator('input[type="file"]')
        // A 21 MB file crosses to the browser in base64; on a busy machine that takes longer than a click.
        .setInputFiles({ name, mimeType: 'application/pdf', buffer }, { timeout: 60_000 });
      await evidence.getByRole('button', { name: 'Tải lên' }).click();
    };
    await upload('Biên bản tuyên truyền.pdf', minimalPdf);
    await evidence.getByText('Đã thêm Biên bản tuyên truyền.pdf vào minh chứng.').waitFor();
    const listed = evidence.getByRole('link', { name: 'Biên bản tuyên truyền.pdf' });
    await listed.waitFor();
    const downloaded = await page.request.get((await listed.getAttribute('href')) as string);
    expect(downloaded.status()).toBe(200);
    expect(downloaded.headers()['content-type']).toBe('application/pdf');

    await upload('ke-hoach.pdf', executable);
    await evidence.getByText(/Chỉ nhận tệp PDF, ảnh \(PNG, JPEG, WebP\)/).waitFor();
    expect(await evidence.getByRole('link', { name: 'ke-hoach.pdf' }).count()).toBe(0);
    await upload('video-ngoai-khoa.pdf', Buffer.concat([minimalPdf, Buffer.alloc(21 * 1024 * 1024, 32)]));
    await evidence.getByText('Tệp đính kèm vượt quá dung lượng cho phép (tối đa 20 MB mỗi tệp).').waitFor();
    expect(await evidence.getByRole('link', { name: 'video-ngoai-khoa.pdf' }).count()).toBe(0);

    // Offline work: a file with a negative count is refused cell by cell, then a correct one is applied.
    const workbook = await downloadTemplate(page);
    const row = sessionsRow(workbook);
    row.getCell(VALUE_COLUMN).value = -3;
    let offline = await checkFile(page, workbook);
    const refused = offline.getByRole('table', { name: 'Các ô chưa hợp lệ và lý do' });
    await refused.getByRole('cell', { name: `D${row.number}`, exact: true }).waitFor();
    await refused.getByRole('cell', { name: new RegExp(`^Ô D${row.number}: `) }).waitFor();
    expect(await offline.getByRole('button', { name: 'Áp dụng' }).isDisabled()).toBe(true);
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'report-tools-refused');
    }
    await page.setViewportSize(DESKTOP);

    row.getCell(VALUE_COLUMN).value = 7;
    offline = await checkFile(page, workbook);
    await offline.getByText(/^Mọi ô đều hợp lệ/).waitFor();
    await offline.getByRole('button', { name: 'Áp dụng' }).click();
    await offline.getByText(/^Đã lưu báo cáo từ tệp/).waitFor();
    expect(await page.getByRole('textbox', { name: new RegExp(SESSIONS) }).inputValue()).toBe('7');

    // The report as an official BÁO CÁO.
    const pdfLink = page.getByRole('link', { name: 'Tải báo cáo (PDF)' });
    const pdf = await page.request.get((await pdfLink.getAttribute('href')) as string);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await page.getByRole('link', { name: 'Tải báo cáo (DOCX)' }).getAttribute('href')).toBe(
      `/api/reports/${reportId}/document?format=docx`,
    );

    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'report-tools');
    }

    // Removing evidence asks first.
    await page.setViewportSize(DESKTOP);
    await evidence.getByRole('button', { name: 'Xóa tệp Biên bản tuyên truyền.pdf' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xóa tệp minh chứng' });
    await dialog.getByText('Xóa tệp “Biên bản tuyên truyền.pdf” khỏi minh chứng của báo cáo?').waitFor();
    await dialog.getByRole('button', { name: 'Xóa tệp' }).click();
    await evidence.getByText('Đã xóa Biên bản tuyên truyền.pdf.').waitFor();
    await evidence.getByText('Chưa có tệp minh chứng nào.').waitFor();
  });

  it('lets a Sở open the next period of a round it runs, edit its form and close the round', async () => {
    const { page } = app;
    await app.signIn('so.hanoi');
    const { items } = await (await page.request.get('/api/reporting-rounds')).json();
    const demo = (items as ReportingRound[]).find((round) => round.status === 'open');
    if (!demo) throw new Error('the demo has no open round in Hà Nội');
    const opened = await post<ReportingRound>(page.request, '/api/reporting-rounds', {
      formId: demo.form.id,
      title: 'Báo cáo học kỳ I năm học 2026-2027',
      periodKind: 'semester',
      periodStart: '2026-09-01',
      periodEnd: '2027-01-15',
      targetYear: 2026,
      units: { under: await hanoiDepartmentId(page.request), kinds: ['school', 'commune'] },
      deadlines: [
        { unitKind: 'school', dueOn: '2027-01-10' },
        { unitKind: 'commune', dueOn: '2027-01-20' },
      ],
    });

    await page.goto(`/dot-bao-cao/${opened.id}`);
    await page.getByRole('heading', { level: 1, name: opened.title }).waitFor();
    const periods = page.getByRole('region', { name: 'Tiến trình đợt báo cáo' });

    // The next semester's round, linked both ways.
    await periods.getByRole('button', { name: 'Mở đợt của kỳ tiếp theo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mở đợt của kỳ tiếp theo' }).click();
    await page.waitForURL((url) => url.pathname !== `/dot-bao-cao/${opened.id}`);
    await periods.getByRole('link', { name: 'Đợt của kỳ trước' }).click();
    await page.waitForURL(`**/dot-bao-cao/${opened.id}`);
    await periods.getByRole('link', { name: 'Đợt của kỳ tiếp theo' }).waitFor();

    // A new version of the form with one more question.
    await page.getByRole('button', { name: 'Sửa câu hỏi thêm của biểu mẫu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Câu hỏi thêm của biểu mẫu' });
    await dialog.getByText(/Báo cáo đã nộp và đợt đang mở giữ nguyên phiên bản/).waitFor();
    await dialog.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    const questions = dialog.getByRole('textbox', { name: 'Nội dung câu hỏi' });
    await questions.last().fill('Số vụ việc mất an toàn thông tin đã xử lý');
    // Asked as a count unless its author picks another kind of answer.
    const types = dialog.getByRole('combobox', { name: 'Kiểu trả lời' });
    expect(await types.last().inputValue()).toBe('Số lượng (số nguyên)');
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'round-form-questions');
    }
    await page.setViewportSize(DESKTOP);
    await dialog.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await page.getByText(/^Đã lưu phiên bản \d+ của biểu mẫu\.$/).waitFor();

    // The ward consolidates what its school sent: nothing approved yet, and it is told so.
    await page.context().clearCookies();
    await app.signIn('xa.hoangmai');
    const banner = page.getByRole('banner');
    await banner.getByRole('button', { name: /Đổi vai trò/ }).click();
    await page.getByRole('menuitem', { name: 'Cán bộ báo cáo · Phường Hoàng Mai' }).click();
    await banner.getByRole('button', { name: /Cán bộ báo cáo · Phường Hoàng Mai/ }).waitFor();
    const wardReports = await (await page.request.get(`/api/reports?round=${opened.id}`)).json();
    const ward = wardReports.items.find((item: { unit: { kind: string } }) => item.unit.kind === 'commune');
    await page.goto(`/bao-cao/${ward.id}`);
    const consolidation = page.getByRole('region', { name: 'Tổng hợp từ báo cáo cấp dưới' });
    await consolidation.getByRole('button', { name: 'Tổng hợp từ báo cáo cấp dưới' }).click();
    await page
      .getByRole('dialog')
      .getByText(/sẽ được ghi đè bằng tổng/)
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await consolidation.getByText(/^Đã tổng hợp 0 trên \d+ báo cáo cấp dưới\./).waitFor();
    await consolidation.getByText(/báo cáo cấp dưới chưa được duyệt nên chưa được tính/).waitFor();
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'report-consolidation');
    }
    await page.setViewportSize(DESKTOP);

    // Closing the round.
    await page.context().clearCookies();
    await app.signIn('so.hanoi');
    await page.goto(`/dot-bao-cao/${opened.id}`);
    await periods.getByRole('button', { name: 'Kết thúc đợt báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Kết thúc đợt báo cáo' }).click();
    await periods.getByText('Đã kết thúc đợt báo cáo.').waitFor();
    await page.getByText('Đã kết thúc', { exact: true }).waitFor();
    expect(await periods.getByRole('button', { name: 'Kết thúc đợt báo cáo' }).count()).toBe(0);
    const closed = await (await page.request.get(`/api/reporting-rounds/${opened.id}`)).json();
    expect(closed.status).toBe('closed');

    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'round-tools');
    }
  });
});
