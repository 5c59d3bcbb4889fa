import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';
import type { DatabaseDialect } from '../config.js';

/** Column types that differ between the dialects, for migrations. */
export function columnTypes(db: Kysely<unknown>) {
  const dialect: DatabaseDialect =
    db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
  return {
    dialect,
    timestamp: dialect === 'postgres' ? sql`timestamptz` : sql`text`,
    date: dialect === 'postgres' ? sql`date` : sql`text`,
    /** Integer surrogate key: identity on PostgreSQL, rowid alias on SQLite. */
    id: (column: ColumnDefinitionBuilder) =>
      dialect === 'postgres'
        ? column.primaryKey().generatedByDefaultAsIdentity()
        : column.primaryKey().autoIncrement(),
  };
}
