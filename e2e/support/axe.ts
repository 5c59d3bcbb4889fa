import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Runs every axe rule (WCAG 2.1 A/AA and best practices) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Colours caught mid-transition (a button fading after a click) are not what the person reads.
  await page.evaluate(() =>
    Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
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
