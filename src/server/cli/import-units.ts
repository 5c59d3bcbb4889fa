import { buildApp } from '../app.js';
import { systemClock } from '../core/clock.js';
import { loadConfig } from '../core/config.js';
import { createDatabase } from '../core/db/database.js';
import { migrateToLatest } from '../core/db/migrate.js';
import { importNationalUnits } from '../seed/national-units.js';

/** `npm run import:units`: brings the units up to the national list shipped with this version. */
const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
const database = createDatabase(config.databaseUrl, config.dialect);
try {
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database, clock: systemClock });
  const startedAt = performance.now();
  const { changedUnits } = await importNationalUnits(app.services.org);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
  process.stdout.write(
    changedUnits === 0
      ? `The units already match the national list (checked in ${seconds} s).\n`
      : `${changedUnits} units created or renamed from the national list in ${seconds} s.\n`,
  );
  await app.close();
} finally {
  await database.destroy();
}
