import type { DatabaseHandle } from '../../src/server/core/db/database.js';
import { seedDemo } from '../../src/server/seed/demo.js';
import { importNationalUnits } from '../../src/server/seed/national-units.js';
import { HttpClient } from './http-client.js';
import { startTestApp, type TestApp } from './test-app.js';

export const DEMO_PASSWORD = 'hoa-phuong-do-2026';

export type DemoUsername = 'admin' | 'so.hanoi' | 'so.thanhhoa' | 'xa.hoangmai' | 'truong.hoangmai';

export interface DemoApp extends TestApp {
  /** A fresh session of a demo account. */
  signIn(username: DemoUsername): Promise<HttpClient>;
  unitId(code: string): Promise<string>;
}

/**
 * The app over a private database holding the national units and the demo units and accounts; over
 * `database` when given, as the app runs on it.
 */
export async function startDemoApp(options: { database?: DatabaseHandle } = {}): Promise<DemoApp> {
  const t = await startTestApp(options);
  await importNationalUnits(t.app.services.org);
  await seedDemo(t.app.services, DEMO_PASSWORD);
  return {
    ...t,
    signIn: (username) => new HttpClient(t.app).signIn(username, DEMO_PASSWORD),
    async unitId(code) {
      const unit = await t.app.services.people.findUnitByCode(code);
      if (!unit) throw new Error(`no unit with code ${code}`);
      return unit.public_id;
    },
  };
}
