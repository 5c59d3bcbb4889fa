import { loadConfig } from '../core/config.js';
import { createDatabase } from '../core/db/database.js';
import { migrateToLatest } from '../core/db/migrate.js';

const config = loadConfig(process.env);
const database = createDatabase(config.databaseUrl, config.dialect);
try {
  const applied = await migrateToLatest(database.db);
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The schema is up to date.\n');
} finally {
  await database.destroy();
}
