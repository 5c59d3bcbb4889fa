import { type Kysely, sql } from 'kysely';

/**
 * Reporting measures a yes/no indicator, like a percent-of-units one, by the share of units answering
 * yes, while the plan writes its target as Có (1) or Không (0). The roll-ups, dashboards and report
 * forms read targets through this view, in the unit of the share: a yes/no target of 1 is 100 %.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createView('reporting_targets')
    .as(
      sql`select t.indicator_id, t.year,
          case when i.measure = 'yes_no' then t.value * 100 else t.value end as value
        from plan_indicator_targets t
        inner join plan_indicators i on i.id = t.indicator_id`,
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropView('reporting_targets').execute();
}
