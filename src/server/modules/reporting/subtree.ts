import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DatabaseDialect } from '../../core/config.js';

/** `column` lies in the subtree whose materialised path is `prefix` (an indexed range, see ADR 0002). */
export const inSubtree = (column: string, prefix: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`(${sql.ref(column)} >= ${prefix} and ${sql.ref(column)} < ${`${prefix}~`})`;

/**
 * For a path in `column` strictly below `prefix`, the id of the root's child on the way to it: the
 * path's next step after the prefix (paths are ids between slashes, ADR 0002). An equality to join
 * the root's children on, where a range per child made PostgreSQL compare every unit with every child.
 */
export function childOnPath(dialect: DatabaseDialect, column: string, prefix: string): RawBuilder<number> {
  const rest = sql`substr(${sql.ref(column)}, ${sql.lit(prefix.length + 1)})`;
  const slash = dialect === 'postgres' ? sql`strpos(${rest}, '/')` : sql`instr(${rest}, '/')`;
  return sql<number>`cast(nullif(substr(${rest}, 1, ${slash} - 1), '') as integer)`;
}

/** `column` lies strictly below the subtree's root whose materialised path is `prefix`. */
export const belowRoot = (column: string, prefix: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`(${sql.ref(column)} > ${prefix} and ${sql.ref(column)} < ${`${prefix}~`})`;

/** `column` lies in any of the subtrees; `null` means everywhere. */
export function inAnySubtree(column: string, prefixes: string[] | null): RawBuilder<SqlBool> {
  if (prefixes === null) return sql<SqlBool>`1 = 1`;
  if (prefixes.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(
    prefixes.map((prefix) => inSubtree(column, prefix)),
    sql` or `,
  )})`;
}
