import { type RawBuilder, sql } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** A timestamp constant that PostgreSQL types as timestamptz inside CASE (SQLite stores the text). */
export const timestampConstant = (dialect: Dialect, iso: string): RawBuilder<string> =>
  dialect === 'postgres' ? sql`cast(${sql.lit(iso)} as timestamptz)` : sql`${sql.lit(iso)}`;

/** A public id (26 characters of Crockford base 32) made of a prefix digit and a zero-padded number. */
export const paddedPublicId = (dialect: Dialect, prefix: string, number: RawBuilder<number>) =>
  dialect === 'postgres'
    ? sql<string>`${sql.lit(prefix)} || lpad(cast(${number} as text), 25, '0')`
    : sql<string>`${sql.lit(prefix)} || substr('0000000000000000000000000' || (${number}), -25)`;
