import { type RawBuilder, type SqlBool, sql } from 'kysely';

/** `column` lies in the subtree whose materialised path is `prefix` (an indexed range, see ADR 0002). */
export const inSubtree = (column: string, prefix: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`(${sql.ref(column)} >= ${prefix} and ${sql.ref(column)} < ${`${prefix}~`})`;

/** `column` lies in any of the subtrees; `null` means everywhere. */
export function inAnySubtree(column: string, prefixes: string[] | null): RawBuilder<SqlBool> {
  if (prefixes === null) return sql<SqlBool>`1 = 1`;
  if (prefixes.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(
    prefixes.map((prefix) => inSubtree(column, prefix)),
    sql` or `,
  )})`;
}
