import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { describeInBrowser } from './support/browser';

describeInBrowser('unknown addresses', () => {
  const app = useAppSession();

  it('shows the not-found page to a signed-out visitor, with a way back', async () => {
    const { page } = app;
    await page.goto('/khong-co-trang-nay');
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    expect(await page.title()).toBe('Không tìm thấy trang · Mạng Xanh');
    await page.getByRole('link', { name: 'Về trang chủ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  });

  it('shows the not-found page inside the app for a signed-in user', async () => {
    const { page } = app;
    await app.signIn();
    await page.goto('/trang-khong-ton-tai');
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).waitFor();
  });

  it('calls a link whose id is cut short or mistyped not found, on every page that reads one', async () => {
    const { page } = app;
    await app.signIn('admin');
    for (const path of [
      '/ke-hoach/abc',
      '/ke-hoach/abc/sua',
      '/bao-cao/abc',
      '/dot-bao-cao/abc',
      '/don-vi/abc',
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    }
  });
});
