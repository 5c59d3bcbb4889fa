import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { DESKTOP, describeInBrowser, PHONE } from './support/browser';
import { saveScreenshot } from './support/screenshot';

const hoangMaiPlan = readFileSync(
  new URL('../src/server/seed/data/plans/001-hoang-mai-van-hoa-ung-xu.txt', import.meta.url),
  'utf8',
);

describeInBrowser('plan import', () => {
  const app = useAppSession();

  it('lets so.hanoi paste an existing plan and continue in the editor with the draft it became', async () => {
    const { page } = app;
    await app.signIn('so.hanoi');
    await page.goto('/ke-hoach');
    await page.getByRole('link', { name: 'Nhập từ văn bản' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập từ văn bản' }).waitFor();

    const text = page.getByRole('textbox', { name: 'Dán nội dung kế hoạch' });
    const submit = page.getByRole('button', { name: 'Tạo dự thảo từ văn bản' });
    await submit.click();
    await page.getByText('Vui lòng dán nội dung kế hoạch, hoặc chọn một tệp Word.').waitFor();
    expect(await text.evaluate((element) => element === document.activeElement)).toBe(true);

    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'plan-import');
    }

    await text.fill(hoangMaiPlan);
    await submit.click();
    await page.getByRole('heading', { level: 1, name: 'Soạn kế hoạch' }).waitFor();
    expect(page.url()).toMatch(/\/ke-hoach\/[^/]+\/sua$/);
    expect(await page.getByRole('textbox', { name: 'Tên kế hoạch' }).inputValue()).toMatch(
      /^Xây dựng văn hóa ứng xử trên không gian mạng/,
    );
  });
});
