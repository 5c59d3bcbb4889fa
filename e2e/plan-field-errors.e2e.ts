import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { editNewHanoiPlan } from './support/plan-fixture';
import { saveScreenshot } from './support/screenshot';

const OBJECTIVE_REQUIRED = 'Vui lòng nhập nội dung mục tiêu.';
const YEAR_RANGE = 'Vui lòng nhập năm từ 1945 đến 2100, đủ 4 chữ số.';

describeInBrowser('plan field errors', () => {
  const app = useAppSession();

  it('saves the rest of a draft while a new objective is blank, and marks a half-written one where it stands', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    await app.signIn('admin');
    const draft = await editNewHanoiPlan(page, {
      title: 'Chuyển đổi số ngành Giáo dục năm 2026',
      periodStartYear: 2026,
      periodEndYear: 2026,
    });
    const savedPlan = async () => (await page.request.get(`/api/plans/${draft.id}`)).json();
    const status = page.getByRole('status');
    const leavingAsks = () =>
      page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })));

    const { version } = await savedPlan();
    await page.getByRole('button', { name: 'Thêm mục tiêu' }).click();
    const first = page.getByRole('group', { name: 'Mục tiêu 1' }).getByRole('textbox', { name: /^Nội dung/ });
    await first.focus();
    await first.press('Tab');
    await status.getByText(/^Đã lưu lúc .*Mục còn để trống sẽ được lưu khi bạn nhập nội dung\.$/).waitFor();
    expect(await page.getByText(OBJECTIVE_REQUIRED).count()).toBe(0);
    expect(await first.getAttribute('aria-invalid')).not.toBe('true');
    expect(await leavingAsks()).toBe(false);
    expect((await savedPlan()).version).toBe(version);
    await saveScreenshot(page, 'plan-objective-added');

    await first.fill('100% cơ sở giáo dục có kế hoạch chuyển đổi số');
    await status.getByText(/^Đã lưu lúc [\d:]+\.$/).waitFor();
    expect((await savedPlan()).objectives).toHaveLength(1);

    // A blank objective 2 stays on screen while the title's change is saved.
    await page.getByRole('button', { name: 'Thêm mục tiêu' }).click();
    await page.getByRole('textbox', { name: 'Tên kế hoạch' }).fill('Chuyển đổi số năm học 2026–2027');
    await page.getByRole('button', { name: 'Lưu ngay' }).click();
    await status.getByText(/Mục còn để trống/).waitFor();
    const titled = await savedPlan();
    expect(titled.title).toBe('Chuyển đổi số năm học 2026–2027');
    expect(titled.objectives).toHaveLength(1);

    // Objective 3 has an indicator but no text: the server refuses it, and the mark lands on it, not on 2.
    await page.getByRole('button', { name: 'Thêm mục tiêu' }).click();
    const third = page.getByRole('group', { name: 'Mục tiêu 3' });
    await third.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await third.getByRole('textbox', { name: 'Tên chỉ tiêu' }).fill('Giáo viên có tài khoản học liệu số');
    await status.getByText(/^Chưa lưu được vì còn ô chưa nhập xong/).waitFor();
    await page.getByRole('button', { name: 'Lưu ngay' }).click();
    await third.getByText(OBJECTIVE_REQUIRED).waitFor();
    expect(await page.getByRole('group', { name: 'Mục tiêu 2' }).getByText(OBJECTIVE_REQUIRED).count()).toBe(
      0,
    );
    await status.getByText('Chưa lưu được: vui lòng sửa các ô được đánh dấu đỏ.').waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'plan-objective-left-empty');

    // Changes the server has not taken are not dropped without asking.
    expect(await leavingAsks()).toBe(true);
    await page.setViewportSize(DESKTOP);
    await page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    const leave = page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    await leave.getByRole('button', { name: 'Ở lại trang' }).click();
    await leave.waitFor({ state: 'detached' });
    await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).click();
    await leave.getByRole('button', { name: 'Ở lại trang' }).click();
    await leave.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Soạn kế hoạch' }).waitFor();

    await third.getByRole('textbox', { name: /^Nội dung/ }).fill('Mọi giáo viên có tài khoản học liệu số');
    await status.getByText(/Mục còn để trống/).waitFor();
    expect((await savedPlan()).objectives).toHaveLength(2);
    expect(await leavingAsks()).toBe(false);
    await page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kế hoạch' }).waitFor();
  });

  it('keeps a year out of range as typed and says which years a plan accepts', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    await app.signIn('admin');
    await page.goto('/ke-hoach/moi');
    await page.getByRole('heading', { level: 1, name: 'Tạo kế hoạch' }).waitFor();
    await page.getByRole('textbox', { name: 'Tên kế hoạch' }).fill('Chuyển đổi số ngành Giáo dục năm 2026');
    const start = page.getByRole('textbox', { name: 'Từ năm' });
    const end = page.getByRole('textbox', { name: 'Đến năm' });

    await start.fill('3000');
    await start.press('Tab');
    await page.getByText(YEAR_RANGE).waitFor();
    expect(await start.inputValue()).toBe('3000');
    await end.fill('');
    await end.press('Tab');
    expect(await end.inputValue()).toBe('');
    expect(await page.getByText(YEAR_RANGE).count()).toBe(2);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'plan-new-year-out-of-range');

    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tạo kế hoạch' }).waitFor();
    expect(await start.inputValue()).toBe('3000');

    await start.fill('2026');
    await end.fill('2027');
    expect(await page.getByText(YEAR_RANGE).count()).toBe(0);
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Soạn kế hoạch' }).waitFor();
  });
});
