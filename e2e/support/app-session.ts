import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { DESKTOP, launchBrowser } from './browser';
import { recordPageTrouble } from './page-trouble';
import { saveScreenshot } from './screenshot';
import { DEMO_PASSWORD, type RunningServer, startServer } from './server';

export interface AppSession {
  /** A fresh page (own cookies and storage) for the current test, at desktop size. */
  readonly page: Page;
  readonly baseUrl: string;
  signIn: (username?: string, password?: string) => Promise<void>;
}

const SHOWN_PAGE_CHARS = 6_000;

/** What a person needs to see why a test failed on a machine they cannot watch: the page, its errors and the server's log. */
async function reportFailure(testName: string, page: Page, trouble: string[], server: RunningServer) {
  const name = testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
  const shown = await page
    .locator('body')
    .ariaSnapshot({ timeout: 2_000 })
    .catch((error: Error) => `(the page could not be read: ${error.message})`);
  await saveScreenshot(page, `failed-${name}`).catch(() => undefined);
  console.error(
    [
      `✗ ${testName}`,
      `Page ${page.url()} (screenshot in e2e/screenshots/failed-${name}-*.png):`,
      shown.slice(0, SHOWN_PAGE_CHARS),
      'What went wrong on the page:',
      ...trouble,
      'Server log, last lines:',
      server.recentOutput(),
    ].join('\n'),
  );
}

/** Starts the server and browser for a test file and gives each test a clean browser context. */
export function useAppSession(): AppSession {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageTrouble: () => string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: server.baseUrl, viewport: DESKTOP });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    pageTrouble = recordPageTrouble(page);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await reportFailure(task.name, page, pageTrouble(), server);
    await context.close();
  });

  return {
    get page() {
      return page;
    },
    get baseUrl() {
      return server.baseUrl;
    },
    async signIn(username = 'admin', password = DEMO_PASSWORD) {
      await page.goto('/sign-in');
      await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
      await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('heading', { level: 1, name: /Xin chào/ }).waitFor();
    },
  };
}
