import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { saveScreenshot } from './support/screenshot';

describeInBrowser('switching the active role', () => {
  const app = useAppSession();

  for (const viewport of [DESKTOP, PHONE]) {
    it(`lets xa.hoangmai act as reporter instead of specialist at ${viewport.width}px`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await app.signIn('xa.hoangmai');
      const area = viewport === PHONE ? page.getByRole('navigation') : page.getByRole('banner');
      if (viewport === PHONE) await page.getByRole('button', { name: 'Mở menu' }).click();
      const switcher = area.getByRole('button', { name: /Đổi vai trò/ });
      await page
        .getByRole('navigation')
        .getByRole('link', { name: 'Tài khoản', exact: true })
        .waitFor({ state: 'attached' });
      await area.getByText('Chuyên viên · Phường Hoàng Mai').waitFor();

      await switcher.click();
      await page.getByRole('menuitem', { name: 'Chuyên viên · Phường Hoàng Mai (đang dùng)' }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'role-menu');
      await page.getByRole('menuitem', { name: 'Cán bộ báo cáo · Phường Hoàng Mai' }).click();

      await area.getByRole('button', { name: /Cán bộ báo cáo · Phường Hoàng Mai/ }).waitFor();
      // A reporter may not see accounts: the navigation no longer offers them.
      await page
        .getByRole('navigation')
        .getByRole('link', { name: 'Tài khoản', exact: true })
        .waitFor({ state: 'detached' });
      const me = await (await page.request.get('/api/me')).json();
      expect(me.permissions).toContain('report.fill');
      expect(me.permissions).not.toContain('account.read');
    });
  }

  it('shows one role without a menu', async () => {
    const { page } = app;
    await app.signIn('so.hanoi');
    await page.getByRole('banner').getByText('Chuyên viên · Sở GD&ĐT Hà Nội').waitFor();
    expect(
      await page
        .getByRole('banner')
        .getByRole('button', { name: /Đổi vai trò/ })
        .count(),
    ).toBe(0);
  });
});
