import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { describeInBrowser, PHONE } from './support/browser';
import { saveScreenshot } from './support/screenshot';

describeInBrowser('notifications', () => {
  const app = useAppSession();

  it('show a principal on a phone what is unread, read it on opening, and lead to the reports', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    await app.signIn('truong.hoangmai');
    const bell = page.getByRole('banner').getByRole('link', { name: /^Thông báo/ });
    await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/^Thông báo, \d+ chưa đọc$/);
    await saveScreenshot(page, 'notifications-unread');

    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
    const roundOpened = page.getByRole('listitem').filter({ hasText: 'Đợt báo cáo mới' }).first();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Thông báo');
    // Read now, it keeps its mark while the page is open.
    await roundOpened.getByText('Mới', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'notifications');

    await roundOpened.getByRole('link', { name: 'Mở' }).click();
    await page.waitForURL(/\/bao-cao\?dot=/);
  });

  it('read in the language of the interface', async () => {
    const { page } = app;
    await app.signIn('truong.hoangmai');
    await page.goto('/thong-bao');
    await page.getByRole('listitem').filter({ hasText: 'Đợt báo cáo mới' }).first().waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const roundOpened = page.getByRole('listitem').filter({ hasText: 'New reporting round' }).first();
    await roundOpened.getByText(/^Your unit is asked to report in ".+"\. Due: \d{2}\/\d{2}\/\d{4}/).waitFor();
    await saveScreenshot(page, 'notifications-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
  });

  it('keep the choice of what also comes by email', async () => {
    const { page } = app;
    await app.signIn('truong.hoangmai');
    await page.goto('/thong-bao');
    const updates = page.getByRole('checkbox', {
      name: 'Đợt báo cáo mới, báo cáo được duyệt hoặc bị trả lại',
    });
    const wasChecked = await updates.isChecked();

    await updates.click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu lựa chọn nhận email.' }).waitFor();
    await page.reload();
    await expect.poll(() => updates.isChecked()).toBe(!wasChecked);
  });
});
