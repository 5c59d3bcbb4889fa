import { PostgresAdapter, type QueryExecutor } from 'kysely';
import type { DatabaseDialect } from '../config.js';

/** The dialect behind a database handle or a transaction. */
export const dialectOf = (db: { getExecutor(): QueryExecutor }): DatabaseDialect =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
