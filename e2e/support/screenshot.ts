import type { Page } from 'playwright-core';

/** Saves a full-page screenshot to e2e/screenshots/ (gitignored) for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const { width } = page.viewportSize() ?? { width: 0 };
  await page.screenshot({ path: `e2e/screenshots/${name}-${width}.png`, fullPage: true });
}
