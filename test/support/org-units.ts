import type { App } from '../../src/server/app.js';
import { seedDemoUnits } from '../../src/server/seed/demo-units.js';
import { importNationalUnits } from '../../src/server/seed/national-units.js';

/**
 * Gives a test app's database the national list of units and the demo schools, partners and closed
 * district office; call it once per file (about 0.6 s on SQLite, 1.2 s on PostgreSQL).
 */
export async function seedUnits(app: App): Promise<void> {
  await importNationalUnits(app.services.org);
  await seedDemoUnits(app.services.org);
}
