import { existsSync, mkdirSync, rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { createDatabase } from '../../src/server/core/db/database.js';
import { refillCascadeCounts } from '../../src/server/modules/plans/cascade-counts.js';
import { createReportingRepository } from '../../src/server/modules/reporting/repository.js';
import { startAppProcess } from '../support/app-process.js';
import { ensureBuilt } from '../support/build.js';
import { withBulkLoad } from './bulk-load.js';
import type { Dialect } from './dialect-sql.js';
import { generatePlanCascade } from './plan-cascade.js';
import { generateReporterAccounts } from './reporter-accounts.js';
import { type GeneratedPlan, generateReportingHistory } from './reporting-history.js';
import { BENCH_PROVINCE_CODE, type Scale, scaleShapes } from './scale.js';
import { generateSchools } from './schools.js';

/** Raise when the generated data changes, so existing datasets are regenerated. */
export const GENERATOR_VERSION = 2;
const DATA_DIRECTORY = 'bench/.data';

const marker = (scale: Scale) => `mangxanh bench ${scale} v${GENERATOR_VERSION}`;
const postgresName = (scale: Scale) => `mangxanh_bench_${scale}`;

async function asPostgresAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Where the dataset of a scale lives: a file under bench/.data, or a database next to TEST_DATABASE_URL's. */
export function datasetUrl(scale: Scale, dialect: Dialect, postgresAdminUrl: string | undefined): string {
  if (dialect === 'sqlite') return `${DATA_DIRECTORY}/${scale}.sqlite`;
  if (!postgresAdminUrl) throw new Error('TEST_DATABASE_URL is needed for the PostgreSQL dataset');
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${postgresName(scale)}`;
  return url.toString();
}

async function isGenerated(scale: Scale, dialect: Dialect, postgresAdminUrl: string | undefined) {
  if (dialect === 'sqlite') {
    const file = datasetUrl(scale, dialect, postgresAdminUrl);
    if (!existsSync(file)) return false;
    const database = new SqliteDatabase(file, { readonly: true });
    try {
      return database.pragma('user_version', { simple: true }) === GENERATOR_VERSION;
    } finally {
      database.close();
    }
  }
  return asPostgresAdmin(postgresAdminUrl as string, async (client) => {
    const found = await client.query(
      `select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`,
      [postgresName(scale)],
    );
    return found.rows[0]?.comment === marker(scale);
  });
}

async function recreate(scale: Scale, dialect: Dialect, postgresAdminUrl: string | undefined) {
  if (dialect === 'sqlite') {
    mkdirSync(DATA_DIRECTORY, { recursive: true });
    const file = datasetUrl(scale, dialect, postgresAdminUrl);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    return;
  }
  await asPostgresAdmin(postgresAdminUrl as string, async (client) => {
    await client.query(`drop database if exists ${postgresName(scale)} with (force)`);
    await client.query(`create database ${postgresName(scale)}`);
  });
}

async function markGenerated(scale: Scale, dialect: Dialect, postgresAdminUrl: string | undefined) {
  if (dialect === 'sqlite') {
    const database = new SqliteDatabase(datasetUrl(scale, dialect, postgresAdminUrl));
    database.pragma(`user_version = ${GENERATOR_VERSION}`);
    database.close();
    return;
  }
  await asPostgresAdmin(postgresAdminUrl as string, (client) =>
    client.query(`comment on database ${postgresName(scale)} is '${marker(scale)}'`),
  );
}

/**
 * The settings docs/operations.md recommends for PostgreSQL on a small machine, on the dataset's
 * database: the benchmarks measure a deployment set up as that guide says.
 */
async function applyRecommendedSettings(scale: Scale, postgresAdminUrl: string) {
  await asPostgresAdmin(postgresAdminUrl, async (client) => {
    await client.query(`alter database ${postgresName(scale)} set max_parallel_workers_per_gather = 0`);
    await client.query(`alter database ${postgresName(scale)} set random_page_cost = 1.1`);
  });
}

/**
 * The dataset of the scale on the dialect, generated unless that scale and generator version already
 * exist. Answers the database URL.
 */
export async function ensureDataset(
  scale: Scale,
  dialect: Dialect,
  postgresAdminUrl: string | undefined,
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<string> {
  if (!(await isGenerated(scale, dialect, postgresAdminUrl))) {
    await generate(scale, dialect, postgresAdminUrl, log);
  }
  if (dialect === 'postgres') await applyRecommendedSettings(scale, postgresAdminUrl as string);
  return datasetUrl(scale, dialect, postgresAdminUrl);
}

/**
 * Generates the dataset: the app itself migrates, imports the 34 Sở and 3,321 communes and seeds the
 * demo, then the schools, plans, rounds, reports and values are bulk-inserted.
 */
async function generate(
  scale: Scale,
  dialect: Dialect,
  postgresAdminUrl: string | undefined,
  log: (line: string) => void,
): Promise<void> {
  const url = datasetUrl(scale, dialect, postgresAdminUrl);
  const startedAt = performance.now();
  const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
  log(`generating the ${scale} dataset on ${dialect}…`);
  await recreate(scale, dialect, postgresAdminUrl);
  ensureBuilt();
  const bootstrap = await startAppProcess(url);
  await bootstrap.stop();
  log(`  schema, national units and demo data: ${elapsed()}`);

  const shape = scaleShapes[scale];
  const database = createDatabase(url, dialect);
  try {
    const { db } = database;
    const currentPlan = await withBulkLoad(db, dialect, async (trx) => {
      const schools = await generateSchools(trx, shape);
      log(`  ${schools} schools: ${elapsed()}`);
      const scope = await trx
        .selectFrom('org_units')
        .select('path')
        .where('code', '=', shape.provinceCodes === null ? 'BGDDT' : `SGD-${BENCH_PROVINCE_CODE}`)
        .executeTakeFirstOrThrow();
      const plans = await generateReportingHistory(trx, dialect, scope.path, (step) =>
        log(`  ${step}: ${elapsed()}`),
      );
      const current = plans[plans.length - 1] as GeneratedPlan;
      await generatePlanCascade(trx, dialect, current, scope.path);
      await generateReporterAccounts(trx, BENCH_PROVINCE_CODE, shape.reporterAccounts);
      return current;
    });
    log(`  plan cascade, reporter accounts and indexes: ${elapsed()}`);
    // The loaded rows were written past the repositories, so the counts and cells they keep are
    // computed here. PostgreSQL first needs statistics of the loaded tables: planned on those of the
    // empty ones, the cascade counts scanned every plan for each requirement (88 s at national scale)
    // and each round's cells took twice as long.
    if (dialect === 'postgres') await sql`analyze`.execute(db);
    const repository = createReportingRepository(db);
    const rounds = await db.selectFrom('reporting_rounds').select('id').execute();
    await db.transaction().execute(async (trx) => {
      await refillCascadeCounts(trx, currentPlan.planId);
      for (const round of rounds) await repository.refillRollupCells(trx, round.id);
    });
    log(`  cascade counts and roll-up cells: ${elapsed()}`);
    // On PostgreSQL the bulk load's dead rows go and the visibility map is set (index-only scans):
    // autovacuum may be off, or not yet round, when the first benchmark starts.
    await (dialect === 'postgres' ? sql`vacuum analyze` : sql`analyze`).execute(db);
    const values = await db
      .selectFrom('report_values')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    log(`  ${Number(values.count).toLocaleString('en')} values, analysed: ${elapsed()}`);
  } finally {
    await database.destroy();
  }
  await markGenerated(scale, dialect, postgresAdminUrl);
}
