import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** An empty database of the dialect, private to one benchmark. */
export async function createBenchDatabase(
  dialect: 'sqlite' | 'postgres',
  postgresAdminUrl: string | undefined,
): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    return {
      url: join(mkdtempSync(join(tmpdir(), 'mangxanh-bench-')), 'bench.sqlite'),
      drop: async () => {},
    };
  }
  if (!postgresAdminUrl) throw new Error('TEST_DATABASE_URL is needed for PostgreSQL benchmarks');
  const name = `mangxanh_bench_${randomBytes(5).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: postgresAdminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
