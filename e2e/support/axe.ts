import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Longer than any transition of the app's styles. */
const TRANSITIONS_WAIT_MS = 2000;
/** Mantine moves a transition to "entering" two animation frames after mounting; one more lets it start. */
const TRANSITION_START_FRAMES = 3;

/** Runs every axe rule (WCAG 2.1 A/AA and best practices) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Colours caught mid-transition (a dialog fading in, a button fading after a click) are not what the
  // person reads. A component's transition starts a few frames after it mounts, so those frames pass
  // before the running animations are collected. The wait is bounded: a transition can be left
  // pending (a scroll shadow's, seen here) and never finish.
  await page.evaluate(
    async ({ waitMs, startFrames }) => {
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let frame = 0; frame < startFrames; frame++) await nextFrame();
      await Promise.race([
        Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
        new Promise((resolve) => setTimeout(resolve, waitMs)),
      ]);
    },
    { waitMs: TRANSITIONS_WAIT_MS, startFrames: TRANSITION_START_FRAMES },
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
