import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { describeInBrowser } from './support/browser';
import { DEMO_PASSWORD } from './support/server';

const NEW_PASSWORD = 'Mat-khau-moi-cua-toi-2025';

describeInBrowser('changing the password', () => {
  const app = useAppSession();

  it('explains each mistake next to its field, then changes the password', async () => {
    const { page } = app;
    await app.signIn();
    await page.goto('/change-password');
    const current = page.getByRole('textbox', { name: 'Mật khẩu hiện tại' });
    const next = page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true });
    const repeat = page.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' });
    const submit = page.getByRole('button', { name: 'Đổi mật khẩu' });

    await current.fill(DEMO_PASSWORD);
    await next.fill('ngan');
    await repeat.fill('khac');
    await submit.click();
    await page.getByText('Mật khẩu mới cần có ít nhất 10 ký tự.').waitFor();
    await page.getByText('Mật khẩu nhập lại không khớp với mật khẩu mới.').waitFor();

    await current.fill('khong-phai-mat-khau');
    await next.fill(NEW_PASSWORD);
    await repeat.fill(NEW_PASSWORD);
    await submit.click();
    await page.getByText('Mật khẩu hiện tại không đúng.').waitFor();

    await current.fill(DEMO_PASSWORD);
    await next.fill(NEW_PASSWORD);
    await repeat.fill(NEW_PASSWORD);
    await submit.click();
    await page.getByRole('status').getByText('Đã đổi mật khẩu.', { exact: false }).waitFor();
    expect(await current.inputValue()).toBe('');

    await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).click();
    await app.signIn('admin', NEW_PASSWORD);
  });
});
