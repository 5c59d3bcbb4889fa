import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { saveScreenshot } from './support/screenshot';

describeInBrowser('the map of the provinces', () => {
  const app = useAppSession();

  for (const viewport of [PHONE, DESKTOP]) {
    it(`shows 34 provinces, reachable and opened with the keyboard, at ${viewport.width}px`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await app.signIn('so.hanoi');
      await page.goto('/ban-do');
      await page.getByRole('heading', { level: 1, name: 'Bản đồ 34 tỉnh, thành phố' }).waitFor();
      const map = page.getByRole('figure', { name: /Bản đồ các tỉnh, thành phố/ });
      const provinces = map.getByRole('link');
      await provinces.first().waitFor();
      expect(await provinces.count()).toBe(34);
      await map.getByRole('link', { name: 'Hà Nội — Số xã, phường, đặc khu: 126' }).waitFor();

      await provinces.first().focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(focused).toMatch(/^Cao Bằng — /);
      await map.getByText(focused ?? '', { exact: true }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'province-map');

      await page.getByText('Xem số liệu dạng bảng').click();
      await page.getByRole('rowheader', { name: 'Thanh Hóa' }).waitFor();
      expect(await page.getByRole('table').getByRole('row').count()).toBe(35);
      await expectNoAxeViolations(page);

      await map.getByRole('link', { name: /^Hà Nội — / }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Sở Giáo dục và Đào tạo Hà Nội' }).waitFor();
    });
  }
});
