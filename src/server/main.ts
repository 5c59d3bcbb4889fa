import { setFlagsFromString } from 'node:v8';
import { buildApp } from './app.js';
import { generatePassword } from './core/auth/generated-password.js';
import { systemClock } from './core/clock.js';
import { ConfigError, loadConfig } from './core/config.js';
import { createDatabase } from './core/db/database.js';
import { migrateToLatest } from './core/db/migrate.js';
import { type DemoAccount, seedDemo } from './seed/demo.js';
import { ensureNationalUnits } from './seed/national-units.js';

const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/**
 * After a full collection V8 lets the heap grow to up to four times what survived when collecting is
 * cheap, as it is in this server: three national exports (54,000 rows each) grew the resident memory
 * by ~150 MB before a full collection. Growing by half at most keeps that growth near 45 MB at the
 * same speed (docs/performance.md, export.xlsx).
 */
setFlagsFromString('--heap-growing-percent=50');

function printDemoAccounts(accounts: DemoAccount[], password: string, generated: boolean): void {
  const lines = [
    '',
    'Mạng Xanh: demo data created. Demo accounts (all share one password):',
    ...accounts.map((account) => `  ${account.username.padEnd(18)} ${account.description}`),
    generated
      ? `  password: ${password}   (generated now and shown only this once; set MANGXANH_DEMO_PASSWORD to choose it)`
      : '  password: the value of MANGXANH_DEMO_PASSWORD',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = createDatabase(config.databaseUrl, config.dialect, {
    checkpointOnOwnThread: true,
    longReadsOnOwnThread: true,
  });
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database, clock: systemClock });
  const imported = await ensureNationalUnits(app.services.org);
  if (imported) app.log.info(imported, 'national list of units imported');

  if (config.demo) {
    const password = config.demoPassword ?? generatePassword();
    const created = await seedDemo(app.services, password);
    if (created.length > 0) printDemoAccounts(created, password, config.demoPassword === undefined);
  }

  app.services.jobRunner.start();
  app.services.rollupCellFolder.start();
  const runHousekeeping = () =>
    Promise.all([
      app.services.auth.purgeExpired(),
      app.services.reminders.scheduleDaily(),
      app.services.reporting.scheduleNextPeriods(),
    ]).catch((error) => app.log.warn({ err: error }, 'housekeeping failed'));
  void runHousekeeping();
  const housekeeping = setInterval(runHousekeeping, HOUSEKEEPING_INTERVAL_MS);
  housekeeping.unref();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    clearInterval(housekeeping);
    await app.services.jobRunner.stop();
    await app.services.rollupCellFolder.stop();
    await app.close();
    await database.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`Mạng Xanh is listening on ${address} (database: ${config.dialect})\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(
      `Mạng Xanh could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  process.exit(1);
});
