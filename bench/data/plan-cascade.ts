import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/server/core/db/schema.js';
import { type Dialect, paddedPublicId, timestampConstant } from './dialect-sql.js';

const DUE_ON = '2026-03-31';

/**
 * The current ministry plan cascaded to every Sở and school of the scope: each must issue its own
 * implementing plan by 31/03/2026. By a hash of the unit, 55 % did on time, 15 % late, 10 % have a
 * draft and 20 % nothing yet. The cascade status counts are the caller's to compute once the load is in.
 */
export async function generatePlanCascade(
  db: Kysely<Database>,
  dialect: Dialect,
  plan: { planId: number; number: number },
  scopePath: string,
): Promise<void> {
  const now = new Date().toISOString();
  const asDate = (value: string) =>
    dialect === 'postgres' ? sql`cast(${sql.lit(value)} as date)` : sql`${sql.lit(value)}`;
  const inScope = sql`u.kind in ('department', 'school') and u.path >= ${scopePath} and u.path < ${`${scopePath}~`}`;
  await sql`insert into plan_requirements (plan_id, unit_id, due_on, created_at)
    select ${sql.lit(plan.planId)}, u.id, ${asDate(DUE_ON)}, ${timestampConstant(dialect, now)}
    from org_units u where ${inScope} order by u.id`.execute(db);
  const hash = sql<number>`((u.id * 7919 + ${sql.lit(plan.number)}) % 100)`;
  await sql`insert into plans (public_id, issuer_unit_id, status, type_name, title, search_text, number,
      symbol, number_year, issued_on, period_start_year, period_end_year, school_year, parent_plan_id,
      signer_json, sections_json, responsibilities_json, funding_json, reporting_json, annexes_json,
      created_at, updated_at)
    select ${paddedPublicId(dialect, '1', sql`u.id`)}, u.id,
      case when ${hash} < 70 then 'issued' else 'draft' end,
      'KẾ HOẠCH', p.title || ' - ' || u.short_name, p.search_text, 1, 'KH',
      case when ${hash} < 70 then 2026 end,
      case when ${hash} < 55 then ${asDate('2026-03-20')} when ${hash} < 70 then ${asDate('2026-04-15')} end,
      p.period_start_year, p.period_end_year, 0, p.id,
      p.signer_json, p.sections_json, p.responsibilities_json, p.funding_json, p.reporting_json, p.annexes_json,
      ${timestampConstant(dialect, now)}, ${timestampConstant(dialect, now)}
    from org_units u cross join plans p
    where p.id = ${sql.lit(plan.planId)} and ${inScope} and ${hash} < 80
    order by u.id`.execute(db);
}
