import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * Reports of `round` exist below the unit aliased `unit`, so the unit's own report in that round
 * consolidates them and roll-ups leave it out: the reports below count first-hand, and nothing twice.
 * Schools have no units below them; callers test the unit's kind first to skip the lookup for them.
 */
export const hasReportsBelow = (unit: string, round: number | RawBuilder<unknown>): RawBuilder<SqlBool> => {
  const path = sql.ref(`${unit}.path`);
  return sql<SqlBool>`exists (
      select 1 from reports dr
      inner join org_units d on d.id = dr.unit_id
      where dr.round_id = ${round} and d.path > ${path} and d.path < (${path} || '~'))`;
};
