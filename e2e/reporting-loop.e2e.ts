import type { Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { saveScreenshot } from './support/screenshot';

const STUDENTS = 'Học sinh được tuyên truyền, hướng dẫn kỹ năng ứng xử an toàn trên không gian mạng';
const TEACHERS = 'Cán bộ, giáo viên được tập huấn về văn hóa ứng xử trên không gian mạng';
const SESSIONS = 'Số buổi sinh hoạt chuyên đề, ngoại khóa về văn hóa ứng xử trên không gian mạng';
const RETURN_REASON = 'Thiếu số liệu cán bộ, giáo viên được tập huấn; đề nghị bổ sung.';

const waitForSave = (page: Page) =>
  page
    .getByRole('status')
    .getByText(/^Đã lưu lúc/)
    .waitFor();

async function setPercent(page: Page, label: string, numerator: string, denominator: string) {
  const group = page.getByRole('group', { name: label });
  await group.getByRole('textbox', { name: 'Tử số' }).fill(numerator);
  await group.getByRole('textbox', { name: 'Mẫu số' }).fill(denominator);
  return group;
}

async function runStep(page: Page, button: string, dialogButton = button) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: dialogButton, exact: true }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

describeInBrowser('the reporting loop', () => {
  const app = useAppSession();

  it('keeps what the principal typed when someone saved the report first, and saves it over on request', async () => {
    const { page } = app;
    await app.signIn('truong.hoangmai');
    await page.goto('/bao-cao');
    await page.getByRole('link', { name: 'Trường THCS Hoàng Mai' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo của Trường THCS Hoàng Mai' }).waitFor();
    const reportPath = new URL(page.url()).pathname;

    // Someone else (another tab, another device) saves first.
    const me = await (await page.request.get('/api/me')).json();
    const current = await (
      await page.request.get(`/api${reportPath.replace('/bao-cao', '/reports')}`)
    ).json();
    const other = await page.request.put(`/api${reportPath.replace('/bao-cao', '/reports')}`, {
      data: { version: current.version, narrative: { proposals: 'Bản lưu từ máy khác.' } },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(other.ok()).toBe(true);

    const proposals = page.getByRole('textbox', { name: 'Đề xuất, kiến nghị' });
    await proposals.fill('Đề nghị Sở tổ chức tập huấn cho giáo viên chủ nhiệm.');
    const conflict = page.getByRole('alert').filter({ hasText: 'Người khác vừa lưu báo cáo này' });
    await conflict.waitFor();
    expect(await proposals.inputValue()).toBe('Đề nghị Sở tổ chức tập huấn cho giáo viên chủ nhiệm.');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'report-conflict');

    await conflict.getByRole('button', { name: 'Lưu đè bằng nội dung của tôi' }).click();
    await waitForSave(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo của Trường THCS Hoàng Mai' }).waitFor();
    expect(await proposals.inputValue()).toBe('Đề nghị Sở tổ chức tập huấn cho giáo viên chủ nhiệm.');
  });

  it('goes from a school’s draft through a return and two approvals to an approved report', async () => {
    const { page } = app;
    await app.signIn('truong.hoangmai');

    await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo' }).waitFor();
    const entry = page.getByRole('listitem').filter({ hasText: 'Văn hóa ứng xử trên không gian mạng' });
    await entry.getByText('Đang soạn').waitFor();
    await entry
      .getByText(
        /Hạn nộp 01\/12\/2026 \((còn \d+ ngày|còn 1 ngày \(ngày mai\)|hạn là hôm nay|quá hạn \d+ ngày)\)/,
      )
      .waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'report-list');
    await entry.getByRole('link', { name: 'Trường THCS Hoàng Mai' }).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo của Trường THCS Hoàng Mai' }).waitFor();
    const reportUrl = page.url();

    // The principal's saved draft is there: yes to the plan question, 812 of 905 students.
    expect(await page.getByRole('radio', { name: 'Có' }).isChecked()).toBe(true);
    await page.getByRole('group', { name: STUDENTS }).getByText('Tỷ lệ: 89,7%').waitFor();

    const students = await setPercent(page, STUDENTS, '812,5', '905');
    await students.getByText('Tử số và mẫu số phải là số nguyên, ví dụ 180 và 240.').waitFor();
    await setPercent(page, STUDENTS, '950', '905');
    await students.getByText('Tử số không được lớn hơn mẫu số.').waitFor();
    await page
      .getByRole('status')
      .getByText(/Có ô chưa hợp lệ/)
      .waitFor();
    await setPercent(page, STUDENTS, '850', '905');
    await students.getByText('Tỷ lệ: 93,9%').waitFor();
    await page.getByRole('textbox', { name: new RegExp(SESSIONS) }).fill('4');
    await page
      .getByRole('textbox', { name: /Mô hình, cách làm hay/ })
      .fill('Câu lạc bộ “Công dân số” của học sinh.');
    await page.getByRole('textbox', { name: 'Hạn chế, nguyên nhân' }).fill('Một số phụ huynh chưa phối hợp.');
    await waitForSave(page);
    expect(await students.getByText('Tử số không được lớn hơn mẫu số.').count()).toBe(0);

    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'report-draft');
    }
    await page.setViewportSize(DESKTOP);

    await runStep(page, 'Nộp báo cáo');
    await page.getByText('Đã nộp báo cáo.').waitFor();
    await page.getByText('Đã nộp, chờ duyệt').first().waitFor();
    await page.getByText('Báo cáo đang ở chế độ chỉ xem.').waitFor();
    await page.getByText('850 / 905 = 93,9%').waitFor();
    // Handed in, the deadline is only a date: no days left or overdue any more.
    await page
      .getByRole('definition')
      .filter({ hasText: /^01\/12\/2026$/ })
      .waitFor();

    // The ward returns it with a reason.
    await page.context().clearCookies();
    await app.signIn('xa.hoangmai');
    await page.goto(reportUrl);
    await page.getByRole('heading', { level: 1, name: 'Báo cáo của Trường THCS Hoàng Mai' }).waitFor();
    await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await dialog.getByText('Vui lòng ghi lý do (ít nhất 3 ký tự).').waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('textbox', { name: 'Lý do' }).fill(RETURN_REASON);
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Đã trả lại báo cáo.').waitFor();

    // The school sees why, corrects and submits again.
    await page.context().clearCookies();
    await app.signIn('truong.hoangmai');
    await page.goto(reportUrl);
    const returned = page.getByRole('alert').filter({ hasText: 'Báo cáo bị trả lại để sửa' });
    await returned.getByText(`Lý do: ${RETURN_REASON}`).waitFor();
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'report-returned');
    }
    await page.setViewportSize(DESKTOP);
    // Questions left empty (the teachers' figures the ward asked for, and a cleared answer) are counted
    // before the report goes, though it could still go.
    const practice = page.getByRole('textbox', { name: /Mô hình, cách làm hay/ });
    await practice.fill('');
    await page.getByRole('button', { name: 'Nộp báo cáo', exact: true }).click();
    await page
      .getByRole('dialog')
      .getByText(/^Còn 2 câu hỏi chưa trả lời\./)
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await practice.fill('Câu lạc bộ “Công dân số” của học sinh.');
    // What is typed just before submitting travels with the submission; a cancelled one leaves it to autosave.
    await setPercent(page, TEACHERS, '48', '52');
    await page.getByRole('group', { name: TEACHERS }).getByText('Tỷ lệ: 92,3%').waitFor();
    await page.getByRole('button', { name: 'Nộp báo cáo', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp báo cáo', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await waitForSave(page);
    const saves: string[] = [];
    const noteSave = (request: Request) => {
      if (request.method() === 'PUT') saves.push(request.url());
    };
    page.on('request', noteSave);
    await page.getByRole('textbox', { name: 'Hạn chế, nguyên nhân' }).fill('Phụ huynh đã được mời họp.');
    await runStep(page, 'Nộp báo cáo');
    page.off('request', noteSave);
    expect(saves).toEqual([]);
    await page.getByText('Đã nộp báo cáo.').waitFor();
    await page.getByText('48 / 52 = 92,3%').waitFor();
    await page.getByText('Phụ huynh đã được mời họp.').waitFor();

    // The ward approves, then the Sở completes it.
    await page.context().clearCookies();
    await app.signIn('xa.hoangmai');
    await page.goto(reportUrl);
    await runStep(page, 'Duyệt');
    await page.getByText('Đã duyệt báo cáo.').waitFor();
    await page
      .getByText(/Phường Hoàng Mai/)
      .first()
      .waitFor();
    await page.getByText('Đã duyệt một cấp, chờ cấp trên duyệt').waitFor();
    // The ward's list of reports says the same of it.
    await page.goto('/bao-cao');
    const listed = page
      .locator('.mantine-Paper-root')
      .filter({ has: page.locator(`a[href="${new URL(reportUrl).pathname}"]`) });
    await listed.getByText('Đã duyệt một cấp, chờ cấp trên duyệt').waitFor();

    // The Sở finds it from its overview, among the reports waiting for it.
    await page.context().clearCookies();
    await app.signIn('so.hanoi');
    await page.goto('/tong-quan');
    await page.getByText(/^\d+ báo cáo đang chờ đơn vị bạn duyệt$/).waitFor();
    await page.getByRole('link', { name: 'Xem và duyệt các báo cáo này' }).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo' }).waitFor();
    await page.locator(`a[href="${new URL(reportUrl).pathname}"]`).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo của Trường THCS Hoàng Mai' }).waitFor();
    await runStep(page, 'Duyệt');
    await page.getByText('Đã duyệt báo cáo.').waitFor();
    await page.getByText('Đã duyệt', { exact: true }).waitFor();
    await page.getByText('48 / 52 = 92,3%').waitFor();
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'report-approved');
    }
  });

  it('shows so.hanoi the round with its counts, downloads and reminders, and the page to open a round', async () => {
    const { page } = app;
    await app.signIn('so.hanoi');
    await page.getByRole('navigation').getByRole('link', { name: 'Đợt báo cáo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đợt báo cáo' }).waitFor();
    const entry = page.getByRole('listitem').filter({ hasText: 'Văn hóa ứng xử trên không gian mạng' });
    await entry.getByText(/\d+\/\d+ đã nộp/).waitFor();
    await expectNoAxeViolations(page);
    await entry.getByRole('link').click();

    await page.getByRole('heading', { level: 1, name: /Văn hóa ứng xử trên không gian mạng/ }).waitFor();
    await page.getByText('Trường học: 01/12/2026').waitFor();
    await page.getByRole('link', { name: 'Tải Excel (XLSX)' }).waitFor();
    await page.getByText(/Đang hiện 20 trên tổng số \d+ báo cáo\./).waitFor();
    await page.getByRole('table').getByRole('link').first().waitFor();
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'round');
    }
    await page.setViewportSize(DESKTOP);
    const csv = await page.request.get(
      (await page.getByRole('link', { name: 'Tải CSV' }).getAttribute('href')) ?? '',
    );
    expect(csv.ok()).toBe(true);
    await runStep(page, 'Nhắc nhở đơn vị chưa nộp');
    // The dashboard's journey may have reminded the same people today: then nobody is reminded twice.
    await page.getByText(/Đã gửi nhắc nhở tới \d+ người\.|Không có ai để nhắc lúc này/).waitFor();

    await page.goto('/dot-bao-cao/moi');
    await page.getByRole('heading', { level: 1, name: 'Mở đợt báo cáo' }).waitFor();
    await page.getByRole('button', { name: 'Mở đợt báo cáo' }).click();
    await page.getByText('Vui lòng nhập mục này.').first().waitFor();
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'round-new');
    }
    await page.setViewportSize(DESKTOP);

    await page.getByLabel('Kế hoạch').first().fill('296/KH');
    await page.getByRole('option', { name: /296\/KH-SGDĐT/ }).click();
    await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    await page.getByRole('textbox', { name: 'Nội dung câu hỏi' }).fill('Kinh phí đã chi cho hoạt động');
    await page.getByLabel('Kiểu trả lời').first().click();
    await page.getByRole('option', { name: 'Số tiền (đồng)' }).click();
    await page
      .getByRole('textbox', { name: 'Tên đợt báo cáo' })
      .fill('Văn hóa ứng xử — học kỳ II năm học 2026-2027');
    await page.getByLabel('Loại kỳ báo cáo').first().click();
    await page.getByRole('option', { name: 'Học kỳ' }).click();
    await page.getByRole('textbox', { name: 'Từ ngày' }).fill('16/01/2027');
    await page.getByRole('textbox', { name: 'Đến ngày' }).fill('31/05/2027');
    await page.getByRole('checkbox', { name: 'Cấp xã' }).check();
    await page.getByRole('textbox', { name: 'Hạn nộp của trường học' }).fill('20/05/2027');
    await page.getByRole('textbox', { name: 'Hạn nộp của cấp xã' }).fill('31/05/2027');
    await page.getByRole('button', { name: 'Mở đợt báo cáo' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'Văn hóa ứng xử — học kỳ II năm học 2026-2027' })
      .waitFor();
    await page.getByText('Trường học: 20/05/2027; Cấp xã: 31/05/2027').waitFor();
    await page.getByText('Học kỳ: 16/01/2027 - 31/05/2027').waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'round-opened');
  });
});
