import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { describeInBrowser } from './support/browser';
import { saveScreenshot } from './support/screenshot';
import { DEMO_PASSWORD } from './support/server';

describeInBrowser('an expired session', () => {
  const app = useAppSession();

  it('sends the person to sign in with a notice, then back to where they were', async () => {
    const { page } = app;
    await app.signIn();
    await page.getByRole('navigation').getByRole('link', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    // The server forgets the session, as when it expires.
    await page.context().clearCookies();

    await page.getByRole('textbox', { name: 'Mật khẩu hiện tại' }).fill(DEMO_PASSWORD);
    await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill('Mat-khau-khac-2025');
    await page.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).fill('Mat-khau-khac-2025');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();

    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await page.getByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.').waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'session-expired');

    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('admin');
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/change-password');
  });

  it('does not call a deliberate sign-out an expiry', async () => {
    const { page } = app;
    await app.signIn();
    await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    expect(await page.getByText('Phiên làm việc đã hết hạn.', { exact: false }).count()).toBe(0);
  });
});
