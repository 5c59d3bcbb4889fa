import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { saveScreenshot } from './support/screenshot';

const OWN_PASSWORD = 'Mat-khau-cua-Minh-2025';

describeInBrowser('account administration', () => {
  const app = useAppSession();

  it('admin creates a reporter at Trường THCS Hoàng Mai, who signs in, changes the password and lands home', async () => {
    const { page } = app;
    await app.signIn('admin');
    await page.getByRole('navigation').getByRole('link', { name: 'Tài khoản', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();
    await page.getByRole('link', { name: 'Tạo tài khoản' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tạo tài khoản' }).waitFor();

    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('Sai Tên');
    await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Lê Văn Minh');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByText('Tên đăng nhập chưa đúng quy tắc nêu trên.').waitFor();
    await page.getByText('Vui lòng chọn đơn vị công tác.').waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'account-new-errors');

    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('gv.levanminh');
    await page.getByLabel('Đơn vị công tác').first().fill('thcs hoang mai');
    await page
      .getByRole('option', { name: 'Trường THCS Hoàng Mai · thuộc Sở GD&ĐT Hà Nội', exact: true })
      .click();
    await page.getByLabel('Vai trò ban đầu').first().click();
    await page.getByRole('option', { name: 'Cán bộ báo cáo' }).click();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();

    await page.getByRole('heading', { level: 1, name: 'Đã tạo tài khoản cho Lê Văn Minh' }).waitFor();
    const secret = (await page.locator('code').textContent()) ?? '';
    expect(secret.length).toBeGreaterThanOrEqual(10);
    await page.getByText('Mật khẩu này chỉ hiện một lần.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Sao chép' }).waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'account-created');

    await page.getByRole('link', { name: 'Mở trang tài khoản' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lê Văn Minh' }).waitFor();
    await page.getByText('Cán bộ báo cáo · Trường THCS Hoàng Mai').waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('gv.levanminh');
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(secret);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    await page.getByRole('textbox', { name: 'Mật khẩu hiện tại' }).fill(secret);
    await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(OWN_PASSWORD);
    await page.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).fill(OWN_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('status').getByText('Đã đổi mật khẩu.', { exact: false }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xin chào, Lê Văn Minh' }).waitFor();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`manages an account: edit, roles, reset and disable with confirmation, at ${viewport.width}px`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await app.signIn('admin');
      await page.goto('/tai-khoan?q=truong.hoangmai');
      await page.getByRole('link', { name: 'Phạm Thị Lan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Phạm Thị Lan' }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'account-page');

      await page.getByRole('button', { name: 'Cấp lại mật khẩu' }).click();
      const dialog = page.getByRole('dialog', { name: 'Cấp lại mật khẩu?' });
      await dialog.getByText('mọi phiên đăng nhập sẽ kết thúc ngay', { exact: false }).waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Cấp lại mật khẩu' }).click();
      await page.getByText('Mật khẩu tạm thời của truong.hoangmai').waitFor();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: 'Khóa tài khoản' }).click();
      await page
        .getByRole('dialog', { name: 'Khóa tài khoản?' })
        .getByRole('button', { name: 'Khóa tài khoản' })
        .click();
      await page.getByText('Tài khoản này đang bị khóa', { exact: false }).waitFor();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Mở khóa tài khoản' }).click();
      await page
        .getByRole('dialog', { name: 'Mở khóa tài khoản?' })
        .getByRole('button', { name: 'Mở khóa tài khoản' })
        .click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Khóa tài khoản' }).waitFor();
      await saveScreenshot(page, 'account-after-actions');
    });
  }

  it('explains a colleague’s newer change instead of overwriting it', async () => {
    const { page } = app;
    await app.signIn('admin');
    await page.goto('/tai-khoan?q=so.thanhhoa');
    await page.getByRole('link', { name: /.+/ }).filter({ hasText: /\S/ }).last().waitFor();
    const { csrfToken } = await (await page.request.get('/api/me')).json();
    const { items } = await (await page.request.get('/api/accounts?q=so.thanhhoa')).json();
    const [account] = items;
    await page.goto(`/tai-khoan/${account.id}`);
    const name = page.getByRole('textbox', { name: 'Họ và tên' });
    await name.waitFor();
    await page.request.patch(`/api/accounts/${account.id}`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { version: account.version, displayName: 'Tên do đồng nghiệp sửa' },
    });
    await name.fill('Tên của tôi');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Dữ liệu vừa được người khác cập nhật.', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Tên do đồng nghiệp sửa' }).waitFor();
    expect(await name.inputValue()).toBe('Tên do đồng nghiệp sửa');
  });
});
