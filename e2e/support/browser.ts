import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { describe } from 'vitest';

const CHROMIUM_PATH = '/usr/bin/chromium';

/** Why the e2e tests cannot run here, or null when they can. */
export const chromiumMissing = existsSync(CHROMIUM_PATH)
  ? null
  : `e2e tests skipped: ${CHROMIUM_PATH} is not installed (apt-get install -y chromium)`;

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A describe block that is skipped, with the reason in its name, where Chromium is not installed. */
export const describeInBrowser = (name: string, body: () => void) =>
  describe.skipIf(chromiumMissing !== null)(chromiumMissing ? `${name} (${chromiumMissing})` : name, body);
