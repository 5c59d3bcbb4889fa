import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { saveScreenshot } from './support/screenshot';

const UNIT_HEADER =
  'Mã đơn vị,Tên đơn vị,Tên viết tắt,Loại đơn vị,Cấp học,Loại hình (công lập/tư thục),Mã đơn vị cấp trên,Địa chỉ,Điện thoại,Email';
const STAFF_HEADER = 'Tên đăng nhập,Họ và tên,Email,Mã đơn vị,Vai trò';

const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
});

describeInBrowser('imports from spreadsheets', () => {
  const app = useAppSession();

  for (const viewport of [PHONE, DESKTOP]) {
    const size = viewport.width;

    it(`imports schools: a rejected row blocks apply, a corrected file applies (${size} px)`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await app.signIn();
      await page.goto('/nhap-don-vi');
      await page.getByRole('heading', { level: 1, name: 'Nhập danh sách đơn vị' }).waitFor();
      const school = `TH-E2E-${size}`;
      const good = `${school},Trường Tiểu học E2E ${size},,Trường học,Tiểu học,Công lập,00331,,,`;

      await page
        .locator('input[type="file"]')
        .setInputFiles(
          csv('truong.csv', [
            UNIT_HEADER,
            good,
            `${school}-2,,,Trường học,Tiểu học,Công lập,00331,,,`,
            `${school}-3,Trường Tiểu học Không Cấp Trên,,Trường học,Tiểu học,Công lập,SGD-99,,,`,
          ]),
        );
      await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
      await page.getByRole('table').getByText('Dòng 3: thiếu tên đơn vị').waitFor();
      await page.getByText("Dòng 4: mã đơn vị cấp trên 'SGD-99' không tồn tại").waitFor();
      expect(await page.getByRole('button', { name: 'Áp dụng' }).isDisabled()).toBe(true);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'unit-import-rejected');

      await page.locator('input[type="file"]').setInputFiles(csv('truong.csv', [UNIT_HEADER, good]));
      await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
      await page.getByText('Không có dòng nào bị từ chối.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Áp dụng' }).click();
      await page.getByText('Đã tạo 1 đơn vị, cập nhật 0 đơn vị; 0 đơn vị giữ nguyên.').waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'unit-import-applied');
    });

    it(`imports staff accounts and hands out the temporary passwords once (${size} px)`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await app.signIn();
      await page.goto('/nhap-tai-khoan');
      await page.getByRole('heading', { level: 1, name: 'Nhập tài khoản' }).waitFor();
      await page
        .locator('input[type="file"]')
        .setInputFiles(
          csv('giao-vien.csv', [STAFF_HEADER, `gv.e2e${size},Lê Thị Mai,,THCS-00331,Cán bộ báo cáo`]),
        );
      await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
      await page.getByText('Không có dòng nào bị từ chối.', { exact: false }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'staff-import-checked');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Áp dụng' }).click();
      expect((await download).suggestedFilename()).toBe('Mật khẩu tạm thời.xlsx');
      await page.getByText('Đã tạo 1 tài khoản.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Tải lại tệp mật khẩu tạm thời' }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'staff-import-applied');
    });
  }
});
