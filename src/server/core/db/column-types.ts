import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';
import { dialectOf } from './dialect-of.js';

/** Column types that differ between the dialects, for migrations. */
export function columnTypes(db: Kysely<unknown>) {
  const dialect = dialectOf(db);
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
