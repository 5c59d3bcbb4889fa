import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { saveScreenshot } from './support/screenshot';

describeInBrowser('accessibility and layout', () => {
  const app = useAppSession();

  for (const viewport of [PHONE, DESKTOP]) {
    const size = `${viewport.width}px`;

    it(`sign-in page, in both languages and with an error, at ${size}`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await page.goto('/sign-in');
      await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
      expect(await page.title()).toBe('Đăng nhập · Mạng Xanh');
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'sign-in-vi');

      await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('admin');
      await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('sai-mat-khau');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('alert').waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'sign-in-error');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await page.title()).toBe('Sign in · Mạng Xanh');
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'sign-in-en');
    });

    it(`signed-in pages at ${size}`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await app.signIn();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'home');

      await page.goto('/change-password');
      await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
      expect(await page.title()).toBe('Đổi mật khẩu · Mạng Xanh');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await page.getByText('Vui lòng nhập mật khẩu hiện tại.').waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'change-password-errors');

      await page.goto('/khong-co-trang-nay');
      await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'not-found');

      await page.getByRole('button', { name: 'English' }).click();
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'home-en');
    });
  }

  it('opens the navigation from the menu button on a phone', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    await app.signIn();
    const menuButton = page.getByRole('button', { name: 'Mở menu' });
    await menuButton.click();
    const navigation = page.getByRole('navigation');
    await navigation.getByText('Quản trị hệ thống · Bộ GD&ĐT').waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'menu-open');
    await navigation.getByRole('link', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    expect(await page.getByRole('button', { name: 'Mở menu' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('lets a keyboard user skip straight to the content', async () => {
    const { page } = app;
    await app.signIn();
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });
});
