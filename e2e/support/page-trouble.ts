import type { Page } from 'playwright-core';

/**
 * Records what went wrong on a page while a test ran, as the lines of its failure report: API
 * answers that are errors, requests that never got an answer, console errors and uncaught errors.
 */
export function recordPageTrouble(page: Page): () => string[] {
  const lines: string[] = [];
  const note = (line: string) => lines.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname.startsWith('/api/')) {
      note(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) =>
    note(`no answer: ${request.method()} ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') note(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => note(`uncaught: ${error.message}`));
  return () => lines;
}
