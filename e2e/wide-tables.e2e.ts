import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { expectNoAxeViolations } from './support/axe';
import { describeInBrowser, PHONE } from './support/browser';
import { awarenessPlan, hanoiDepartmentId, issuePlan } from './support/plan-fixture';
import { saveScreenshot } from './support/screenshot';

/** How visible the shadows on the start and end edges of a scroll region are (0 hidden, 1 shown). */
const shadows = (region: Locator) =>
  region.evaluate((element) => {
    const frame = element.parentElement as Element;
    return [getComputedStyle(frame, '::before').opacity, getComputedStyle(frame, '::after').opacity];
  });

/** Whether a region's first column is at its start edge, and its start shadow drawn at that column's edge. */
const namesColumn = (region: Locator) =>
  region.evaluate((element) => {
    const name = (element.querySelector('tbody tr > :first-child') as Element).getBoundingClientRect();
    const shadowLeft = Number.parseFloat(getComputedStyle(element.parentElement as Element, '::before').left);
    return {
      atStart: Math.abs(name.left - element.getBoundingClientRect().left) <= 1,
      shadowAtItsEdge: Math.abs(shadowLeft - name.width) <= 1,
    };
  });

/**
 * Boxes on the page that scroll sideways with columns out of view but no shadow saying so: neither in a
 * scroll region's frame nor drawing its own (covers that move with the content, see plan-document.module.css).
 */
const uncuedScrollers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX))
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .filter((element) => !element.parentElement?.hasAttribute('data-more-end'))
      .filter((element) => !getComputedStyle(element).backgroundAttachment.includes('local'))
      .map((element) => element.getAttribute('aria-label') ?? element.outerHTML.slice(0, 80)),
  );

describeInBrowser('wide tables on a phone', () => {
  const app = useAppSession();

  it('shade the edge that has more columns, following the scroll', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    await app.signIn('so.hanoi');
    await page.getByRole('link', { name: 'Xem tổng quan báo cáo' }).click();
    await page.getByRole('row', { name: /^Tổng cộng/ }).waitFor();
    const region = page
      .getByRole('region')
      .filter({ has: page.getByRole('row', { name: /^Tổng cộng/ }) })
      .last();

    await expect.poll(() => shadows(region)).toEqual(['0', '1']);
    expect(await uncuedScrollers(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'wide-table-start');

    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth / 3 }));
    await expect.poll(() => shadows(region)).toEqual(['1', '1']);
    // The units' names stay in view while their figures scroll past, the start's shadow at their edge.
    expect(await namesColumn(region)).toEqual({ atStart: true, shadowAtItsEdge: true });
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(() => shadows(region)).toEqual(['1', '0']);

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => shadows(region)).toEqual(['0', '0']);
  });

  it('shade the tables of a plan’s text and annexes, and leave none scrolling without it', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    await app.signIn('admin');
    const columns = ['STT', 'Đơn vị', 'Số trường', 'Số lớp', 'Số giáo viên', 'Số học sinh', 'Ghi chú'];
    const row = ['1', 'Phường Hoàng Mai', '12', '240', '610', '9.800', 'Đã rà soát'];
    const cells = (tag: string, texts: string[]) => texts.map((text) => `<${tag}>${text}</${tag}>`).join('');
    const plan = await issuePlan(page.request, await hanoiDepartmentId(page.request), {
      ...awarenessPlan,
      sections: [
        {
          kind: 'content',
          heading: 'II. NỘI DUNG',
          html: `<p>Số liệu các đơn vị:</p><table><tr>${cells('th', columns)}</tr><tr>${cells('td', row)}</tr></table><p>Các đơn vị rà soát lại số liệu.</p><ul><li>Chi tiết theo đơn vị:<table><tr>${cells('th', columns.slice(1))}</tr><tr>${cells('td', row.slice(1))}</tr></table></li></ul>`,
        },
      ],
      annexes: [{ title: 'Phụ lục I. Số liệu các đơn vị', columns, rows: [row] }],
    });
    await page.goto(`/ke-hoach/${plan.id}`);
    const text = page.getByRole('region', {
      name: 'Bảng: STT, Đơn vị, Số trường, Số lớp, Số giáo viên, Số học sinh, Ghi chú',
    });
    const annex = page.getByRole('region', { name: 'Phụ lục I. Số liệu các đơn vị' });
    await text.getByRole('cell', { name: 'Phường Hoàng Mai' }).waitFor();
    await page.getByText('Các đơn vị rà soát lại số liệu.').waitFor();

    await expect.poll(() => shadows(text)).toEqual(['0', '1']);
    await expect.poll(() => shadows(annex)).toEqual(['0', '1']);
    expect(await uncuedScrollers(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await text.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'wide-table-plan-text');
    const nested = page.getByRole('region', {
      name: 'Bảng: Đơn vị, Số trường, Số lớp, Số giáo viên, Số học sinh, Ghi chú',
    });
    await nested.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'wide-table-in-list');
    await nested.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => nested.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });
});
