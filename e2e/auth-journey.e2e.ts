import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { describeInBrowser } from './support/browser';
import { DEMO_PASSWORD } from './support/server';

describeInBrowser('signing in and out', () => {
  const app = useAppSession();

  it('sends a signed-out visitor to sign in, then back to the page they asked for', async () => {
    const { page } = app;
    await page.goto('/change-password');
    await page.waitForURL('**/sign-in?next=%2Fchange-password');
    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('admin');
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/change-password');
  });

  it('tells the user in Vietnamese that the username or password is wrong', async () => {
    const { page } = app;
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('admin');
    const password = page.getByRole('textbox', { name: 'Mật khẩu', exact: true });
    await password.fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(await password.inputValue()).toBe('');
    expect(await password.evaluate((input) => input === document.activeElement)).toBe(true);
  });

  it('asks for the fields left empty instead of calling the server', async () => {
    const { page } = app;
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Vui lòng nhập tên đăng nhập.').waitFor();
    await page.getByText('Vui lòng nhập mật khẩu.').waitFor();
  });

  it('signs in as admin, shows the name, switches language, navigates and signs out', async () => {
    const { page } = app;
    await app.signIn();
    expect(await page.title()).toBe('Trang chủ · Mạng Xanh');
    await page.getByRole('banner').getByText('Quản trị hệ thống', { exact: true }).waitFor();
    await page.getByRole('banner').getByText('Quản trị hệ thống · Bộ GD&ĐT', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Quản trị hệ thống' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Hello, Quản trị hệ thống' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Change password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
    expect(await page.title()).toBe('Change password · Mạng Xanh');

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');

    await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
    await page.getByRole('heading', { level: 1, name: /Xin chào/ }).waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    const me = await page.request.get('/api/me');
    expect(me.status()).toBe(401);
  });
});
