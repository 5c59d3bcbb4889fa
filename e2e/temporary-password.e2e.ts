import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { describeInBrowser } from './support/browser';
import { saveScreenshot } from './support/screenshot';

const OWN_PASSWORD = 'Mat-khau-rieng-cua-Thu-2025';

describeInBrowser('a new account with a temporary password', () => {
  const app = useAppSession();

  it('makes someone with a temporary password choose their own before anything else', async () => {
    const { page } = app;
    await app.signIn();
    const { csrfToken, user } = await (await page.request.get('/api/me')).json();
    const created = await page.request.post('/api/accounts', {
      headers: { 'x-csrf-token': csrfToken },
      data: { username: 'gv.vuthu', displayName: 'Vũ Thị Thu', unitId: user.unit.id, role: 'viewer' },
    });
    expect(created.status()).toBe(201);
    const { temporaryPassword } = await created.json();
    await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).click();

    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('gv.vuthu');
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(temporaryPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    await page.getByText('Bạn đang dùng mật khẩu tạm thời.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'temporary-password');

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();

    await page.getByRole('textbox', { name: 'Mật khẩu hiện tại' }).fill(temporaryPassword);
    await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(OWN_PASSWORD);
    await page.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).fill(OWN_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('status').getByText('Đã đổi mật khẩu.', { exact: false }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xin chào, Vũ Thị Thu' }).waitFor();
  });
});
