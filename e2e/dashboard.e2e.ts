import { expect, it } from 'vitest';
import type { Completeness } from '../src/contract/reporting/dashboards';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { saveScreenshot } from './support/screenshot';

describeInBrowser('the reporting overview', () => {
  const app = useAppSession();

  for (const viewport of [DESKTOP, PHONE]) {
    it(`shows Sở Hà Nội the open round’s real figures and reminds the schools in one click, at ${viewport.width}px`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await app.signIn('so.hanoi');
      await page.getByRole('link', { name: 'Xem tổng quan báo cáo' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tổng quan báo cáo' }).waitFor();

      const roundSelect = page.getByRole('combobox', { name: 'Đợt báo cáo' });
      expect(await roundSelect.inputValue()).toMatch(/^Văn hóa ứng xử trên không gian mạng .* \(đang mở\)$/);
      const roundId = new URL(
        (await page.getByRole('link', { name: 'Xem đợt báo cáo' }).getAttribute('href')) ?? '',
        app.baseUrl,
      ).pathname.split('/')[2];
      const completeness = (await (
        await page.request.get(`/api/reporting-rounds/${roundId}/completeness`)
      ).json()) as Completeness;
      expect(completeness.total.expected).toBeGreaterThan(0);

      const totalRow = page.getByRole('row', { name: /^Tổng cộng/ });
      await totalRow.waitFor();
      expect((await totalRow.getByRole('cell').first().textContent())?.trim()).toBe(
        String(completeness.total.expected),
      );
      await page
        .getByText(`Đã nộp 0/${completeness.total.expected} báo cáo (0%)`, { exact: false })
        .waitFor();
      await page
        .getByRole('figure', { name: /Bản đồ các tỉnh, thành phố/ })
        .getByRole('link', {
          name: 'Hà Nội — Tỷ lệ đã nộp (%): 0%',
        })
        .waitFor();
      await page.getByRole('list', { name: 'Biểu đồ giá trị so với chỉ tiêu của từng chỉ số' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Diễn biến qua các năm' }).waitFor();

      // Ten units at first, then the rest on request.
      await page.getByRole('button', { name: /^Hiện thêm \d+ đơn vị$/ }).click();
      const school = page
        .getByRole('row', { name: /Trường THCS Hoàng Mai/ })
        .filter({ hasText: 'Chưa nộp, còn hạn' });
      await school.getByRole('link', { name: 'Trường THCS Hoàng Mai' }).waitFor();
      expect(await school.getByRole('cell').nth(1).textContent()).toBe('01/12/2026');

      const completenessXlsx = await page
        .getByRole('link', { name: 'Tải Excel (XLSX)' })
        .first()
        .getAttribute('href');
      expect(completenessXlsx).toMatch(/\/completeness\/export\?.*format=xlsx/);
      expect((await page.request.get(completenessXlsx ?? '')).status()).toBe(200);

      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'dashboard-so-hanoi');

      await page.getByRole('button', { name: 'Nhắc nhở đơn vị chưa nộp' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Nhắc nhở đơn vị chưa nộp' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Đã gửi nhắc nhở tới \d+ người|Không có ai để nhắc lúc này/ })
        .waitFor();
      // Checked once the confirmation has faded out: axe caught its title half transparent on a loaded machine.
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expectNoAxeViolations(page);
    });

    it(`shows the principal of THCS Hoàng Mai the school’s report and its deadline, at ${viewport.width}px`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await app.signIn('truong.hoangmai');
      await page.getByRole('link', { name: 'Xem tổng quan báo cáo' }).click();
      await page.getByRole('heading', { level: 2, name: 'Báo cáo của đơn vị' }).waitFor();
      const report = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: /^Văn hóa ứng xử trên không gian mạng/ }) });
      await report.getByText('Đang soạn').waitFor();
      await report.getByText('Hạn nộp: 01/12/2026').waitFor();
      expect(await report.getByRole('link').getAttribute('href')).toMatch(/^\/bao-cao\/[0-9A-Z]{26}$/);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'dashboard-truong-hoangmai');
    });
  }

  // Last: the principal's report is submitted afterwards.
  it('tells the commune when none of the schools still owing has anyone to remind', async () => {
    const { page } = app;
    await app.signIn('truong.hoangmai');
    const { csrfToken } = await (await page.request.get('/api/me')).json();
    const [own] = (await (await page.request.get('/api/reports?status=draft')).json()).items;
    const submitted = await page.request.post(`/api/reports/${own.id}/submit`, {
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(submitted.ok()).toBe(true);
    await page.context().clearCookies();

    await app.signIn('xa.hoangmai');
    await page.goto('/tong-quan');
    const outstanding = page.getByRole('region', { name: 'Đơn vị chậm nộp, chưa nộp' });
    await outstanding.getByText(/^Các đơn vị chưa nộp chưa có ai nhận nhắc nhở/).waitFor();
    expect(await outstanding.getByRole('button', { name: 'Nhắc nhở đơn vị chưa nộp' }).count()).toBe(0);
  });
});
