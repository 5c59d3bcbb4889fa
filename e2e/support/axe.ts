import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Longer than any transition of the app's styles. */
const TRANSITIONS_WAIT_MS = 2000;

/** Runs every axe rule (WCAG 2.1 A/AA and best practices) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Colours caught mid-transition (a button fading after a click) are not what the person reads. The
  // wait is bounded: a transition can be left pending (a scroll shadow's, seen here) and never finish.
  await page.evaluate(
    (waitMs) =>
      Promise.race([
        Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
        new Promise((resolve) => setTimeout(resolve, waitMs)),
      ]),
    TRANSITIONS_WAIT_MS,
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  const readable = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
        .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
        .join('\n')}`,
  );
  expect(readable, `axe violations on ${page.url()}`).toEqual([]);
}
