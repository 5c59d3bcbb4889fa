import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { DESKTOP, launchBrowser } from './browser';
import { DEMO_PASSWORD, type RunningServer, startServer } from './server';

export interface AppSession {
  /** A fresh page (own cookies and storage) for the current test, at desktop size. */
  readonly page: Page;
  readonly baseUrl: string;
  signIn: (username?: string, password?: string) => Promise<void>;
}

/** Starts the server and browser for a test file and gives each test a clean browser context. */
export function useAppSession(): AppSession {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

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
  });
  afterEach(async () => {
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
