import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { saveScreenshot } from './support/screenshot';

describeInBrowser('organisation pages', () => {
  const app = useAppSession();

  for (const viewport of [PHONE, DESKTOP]) {
    it(`so.hanoi browses from the ministry down to a school at ${viewport.width}px`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await app.signIn('so.hanoi');
      if (viewport === PHONE) await page.getByRole('button', { name: 'Mở menu' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Cơ cấu tổ chức' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cơ cấu tổ chức' }).waitFor();
      await page.getByText('34 Sở · 3.321 xã/phường', { exact: false }).waitFor();

      await page
        .getByRole('button', { name: 'Mở các đơn vị trực thuộc Sở Giáo dục và Đào tạo Hà Nội' })
        .click();
      await page.getByRole('link', { name: 'Phường Hoàng Mai', exact: true }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'org-tree');

      await page.getByRole('button', { name: 'Mở các đơn vị trực thuộc Phường Hoàng Mai' }).click();
      await page.getByRole('link', { name: 'Trường THCS Hoàng Mai' }).click();
      await page.getByRole('heading', { level: 1, name: 'Trường THCS Hoàng Mai' }).waitFor();
      const breadcrumbs = page.getByRole('navigation', { name: 'Đơn vị cấp trên' });
      await breadcrumbs.getByRole('link', { name: 'Phường Hoàng Mai' }).waitFor();
      await breadcrumbs.getByRole('link', { name: 'Bộ Giáo dục và Đào tạo' }).waitFor();
      await page.getByText('Trung học cơ sở', { exact: false }).first().waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'unit-school');
    });
  }

  it('finds Phường Hoàng Mai by typing "hoang mai" without diacritics', async () => {
    const { page } = app;
    await app.signIn('so.hanoi');
    await page.goto('/don-vi');
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('hoang mai');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
    await results.getByRole('listitem').filter({ hasText: 'thuộc Sở GD&ĐT Hà Nội' }).first().waitFor();
    await results.getByRole('link', { name: 'Phường Hoàng Mai' }).first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('hoang mai');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'org-search');

    // Going back to the tree empties the box, as the address no longer holds a search.
    await page.goBack();
    await page.getByText('34 Sở · 3.321 xã/phường', { exact: false }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).inputValue()).toBe('');
  });

  it('shows the closed district office with its seven successor wards and an earlier date', async () => {
    const { page } = app;
    await app.signIn('so.hanoi');
    await page.goto('/don-vi?at=2025-06-01');
    await page.getByText('Đang xem cơ cấu tại ngày 01/06/2025.').waitFor();
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('phong hoang mai');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByRole('link', { name: 'Phòng Giáo dục và Đào tạo quận Hoàng Mai' }).click();
    await page.getByRole('heading', { level: 1, name: 'Phòng Giáo dục và Đào tạo quận Hoàng Mai' }).waitFor();
    await page.getByText('Đã ngừng hoạt động từ ngày 30/06/2025').waitFor();
    const successors = page.getByRole('region', { name: 'Đơn vị kế thừa' });
    expect(await successors.getByRole('listitem').count()).toBe(7);
    await successors.getByText('từ ngày 01/07/2025').first().waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'unit-closed');

    await page.getByRole('button', { name: 'Xem cơ cấu hiện nay' }).click();
    await page.waitForURL((url) => !url.searchParams.has('at'));
  });
});
