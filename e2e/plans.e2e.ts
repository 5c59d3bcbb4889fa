import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { draftHanoiPlan, hanoiDepartmentId, issuePlan, post } from './support/plan-fixture';
import { saveScreenshot } from './support/screenshot';

/** Waits for the editor's autosave to report the changes saved. */
const waitForSave = (page: Page) =>
  page
    .getByRole('status')
    .getByText(/^Đã lưu lúc/)
    .waitFor();

describeInBrowser('plans', () => {
  const app = useAppSession();

  it('lets so.hanoi find a plan by words without diacritics and read it like the document', async () => {
    const { page } = app;
    await app.signIn('admin');
    const issued = await issuePlan(page.request, await hanoiDepartmentId(page.request));
    await page.context().clearCookies();
    await app.signIn('so.hanoi');

    await page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kế hoạch' }).waitFor();
    await page.getByRole('searchbox', { name: 'Tìm kế hoạch' }).fill('an toan thong tin');
    await page.waitForURL(/q=an\+toan\+thong\+tin/);
    const entry = page.getByRole('listitem').filter({ hasText: issued.number ?? '' });
    await entry.getByText('Đã ban hành').waitFor();
    await entry.getByRole('link', { name: /Tuyên truyền, nâng cao nhận thức/ }).click();

    await page.getByRole('heading', { level: 1, name: `Kế hoạch số ${issued.number}` }).waitFor();
    const document = page.getByRole('article');
    await document.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor();
    await document.getByText(`Số: ${issued.number}`).waitFor();
    await document.getByRole('cell', { name: '150.000.000 đồng' }).waitFor();
    await document.getByRole('cell', { name: '85%' }).waitFor();
    await document.getByRole('cell', { name: 'Hằng năm' }).waitFor();
    await document.getByRole('cell', { name: '01/03/2022 - 30/06/2022' }).waitFor();
    const pdf = await page.getByRole('link', { name: 'Tải PDF' }).getAttribute('href');
    const download = await page.request.get(pdf ?? '');
    expect(download.headers()['content-type']).toBe('application/pdf');
  });

  it('lets admin draft a plan, set a yearly target that is saved on its own, submit and issue it', async () => {
    const { page } = app;
    await app.signIn('admin');
    await page.goto('/ke-hoach');
    await page.getByRole('link', { name: 'Tạo kế hoạch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tạo kế hoạch' }).waitFor();
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.getByText('Vui lòng nhập tên kế hoạch.').waitFor();
    await page.getByRole('textbox', { name: 'Tên kế hoạch' }).fill('Chuyển đổi số ngành Giáo dục năm 2026');
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();

    await page.getByRole('heading', { level: 1, name: 'Soạn kế hoạch' }).waitFor();
    await page.getByRole('button', { name: 'Thêm mục tiêu' }).click();
    const objective = page.getByRole('group', { name: 'Mục tiêu 1' });
    await objective
      .getByRole('textbox', { name: 'Nội dung mục tiêu 1' })
      .fill('100% cơ sở giáo dục có kế hoạch');
    await objective.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const indicator = objective.getByRole('group', { name: 'Chỉ tiêu 1.1' });
    await indicator.getByRole('textbox', { name: 'Tên chỉ tiêu' }).fill('Cơ sở giáo dục có kế hoạch');
    const target = indicator.getByRole('textbox', { name: 'Năm 2026' });
    await target.fill('120');
    await target.press('Tab');
    await page.getByText('Chỉ tiêu tỷ lệ phần trăm không được vượt quá 100%.').waitFor();
    await expectNoAxeViolations(page);
    await target.fill('95');
    await waitForSave(page);

    await page.getByRole('button', { name: 'Xem kế hoạch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dự thảo kế hoạch' }).waitFor();
    await page.getByRole('article').getByRole('cell', { name: '95%' }).waitFor();
    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý' }).click();
    await page.getByText('Đã trình duyệt.').waitFor();
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý' }).click();
    await page.getByRole('heading', { level: 1, name: /^Kế hoạch số \d+\/KH-/ }).waitFor();
    await page.getByText('Đã ban hành', { exact: true }).first().waitFor();
  });

  it('tells an author that a colleague saved the draft first, and loads their version', async () => {
    const { page } = app;
    await app.signIn('admin');
    const draft = await draftHanoiPlan(page.request, {
      title: 'Bảo đảm an toàn thông tin năm học 2026 - 2027',
      periodStartYear: 2026,
      periodEndYear: 2027,
      schoolYear: true,
    });
    const colleague = await page.context().newPage();
    for (const tab of [page, colleague]) {
      await tab.goto(`/ke-hoach/${draft.id}/sua`);
      await tab.getByRole('heading', { level: 1, name: 'Soạn kế hoạch' }).waitFor();
    }
    await colleague.getByRole('textbox', { name: 'Địa danh' }).fill('Hà Nội');
    await waitForSave(colleague);

    await page.getByRole('textbox', { name: 'Địa danh' }).fill('Hoàng Mai');
    const conflict = page.getByRole('alert').filter({ hasText: 'Người khác vừa sửa kế hoạch này' });
    await conflict.waitFor();
    await conflict.getByText(/Bản mới nhất là phiên bản 2/).waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'plan-editor-conflict');
    await conflict.getByRole('button', { name: 'Tải bản mới nhất' }).click();
    expect(await page.getByRole('textbox', { name: 'Địa danh' }).inputValue()).toBe('Hà Nội');
    const saved = await (await page.request.get(`/api/plans/${draft.id}`)).json();
    expect(saved.place).toBe('Hà Nội');
  });

  it('shows a school the plan it must issue on its home page and starts it pre-filled', async () => {
    const { page } = app;
    await app.signIn('admin');
    const parent = await issuePlan(page.request, await hanoiDepartmentId(page.request));
    await page.goto(`/ke-hoach/${parent.id}`);
    await page.getByRole('button', { name: 'Giao đơn vị cấp dưới' }).click();
    const cascade = page.getByRole('dialog', { name: 'Giao đơn vị cấp dưới' });
    // A Sở has no Sở below it to require a plan of.
    await cascade.getByRole('checkbox', { name: 'Các Sở GD&ĐT' }).waitFor({ state: 'detached' });
    await cascade.getByRole('checkbox', { name: 'Các trường học' }).check();
    const due = cascade.getByRole('textbox', { name: 'Hạn ban hành' });
    // A month 13 sent at once with Enter: told how to write the day, not that it is missing.
    await due.fill('31/13/2099');
    await due.press('Enter');
    await cascade.getByText('Ngày chưa đúng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/05/2024.').waitFor();
    await due.fill('31/12/2099');
    await cascade.getByRole('button', { name: 'Giao', exact: true }).click();
    await cascade.getByText(/^Đã giao cho [\d.]+ đơn vị\.$/).waitFor();
    await page.context().clearCookies();
    await app.signIn('truong.hoangmai');

    const requirements = page.getByRole('region', { name: 'Kế hoạch đơn vị cần ban hành' });
    const requirement = requirements.getByRole('listitem').filter({ hasText: parent.number ?? '' });
    await requirement.getByText('Hạn ban hành: 31/12/2099').waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'home-plan-requirements');
    await requirement.getByRole('button', { name: 'Lập kế hoạch triển khai' }).click();
    await page.getByRole('heading', { level: 1, name: 'Soạn kế hoạch' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Căn cứ 1' }).inputValue()).toContain(parent.number);
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`has no axe violations on the plan pages at ${viewport.width}px`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await app.signIn('admin');
      const plan = await issuePlan(page.request, await hanoiDepartmentId(page.request));
      await post(page.request, `/api/plans/${plan.id}/cascade`, { kinds: ['school'], dueOn: '2099-12-31' });
      const draft = await post<{ id: string }>(page.request, `/api/plans/${plan.id}/amend`);

      await page.goto('/ke-hoach');
      await page.getByRole('heading', { level: 1, name: 'Kế hoạch' }).waitFor();
      await page.getByText(/^Đang hiện \d+ trên tổng số/).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'plan-list');

      await page.goto(`/ke-hoach/${plan.id}`);
      await page.getByRole('heading', { name: 'Tình hình đơn vị cấp dưới ban hành kế hoạch' }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'plan-page');

      await page.goto(`/ke-hoach/${draft.id}/sua`);
      await page.getByRole('heading', { level: 1, name: 'Soạn kế hoạch' }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'plan-editor');

      await page.goto('/ke-hoach/moi');
      await page.getByRole('heading', { level: 1, name: 'Tạo kế hoạch' }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'plan-new');
    });
  }
});
