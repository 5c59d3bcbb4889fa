import { type Kysely, sql } from 'kysely';

/**
 * The roll-up kept up to date by the writes: per round, unit and field, the first-hand reports below
 * the unit expected, and the aggregates of those reported (submitted or approved). A roll-up over a
 * subtree reads its root's cells instead of every value below it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rollup_cells')
    .addColumn('round_id', 'integer', (c) => c.notNull().references('reporting_rounds.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('field_id', 'integer', (c) => c.notNull().references('report_form_fields.id'))
    .addColumn('expected', 'integer', (c) => c.notNull())
    .addColumn('reported', 'integer', (c) => c.notNull())
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addColumn('value_sum', 'double precision', (c) => c.notNull())
    .addColumn('numerator_sum', 'double precision', (c) => c.notNull())
    .addColumn('denominator_sum', 'double precision', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('meeting_target', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_cells_pk', ['round_id', 'unit_id', 'field_id'])
    .execute();

  // The reports already there, with the rule the application applies (rollup-cells.ts): first-hand
  // reports summed per parent unit, the parents' sums carried up to every unit above.
  await sql`insert into rollup_cells (round_id, unit_id, field_id, expected, reported, on_time,
      value_sum, numerator_sum, denominator_sum, answered, meeting_target)
    with recursive by_parent as (
      select r.round_id, u.parent_id, f.id as field_id,
        count(*) as expected,
        sum(case when r.status in ('submitted', 'approved') then 1 else 0 end) as reported,
        sum(case when r.status in ('submitted', 'approved') and r.late = 0 then 1 else 0 end) as on_time,
        coalesce(sum(case when r.status in ('submitted', 'approved') then v.value end), 0)
          as value_sum,
        coalesce(sum(case when r.status in ('submitted', 'approved') then v.numerator end), 0)
          as numerator_sum,
        coalesce(sum(case when r.status in ('submitted', 'approved') then v.denominator end), 0)
          as denominator_sum,
        sum(case when r.status in ('submitted', 'approved') and v.value is not null then 1 else 0 end)
          as answered,
        sum(case when r.status in ('submitted', 'approved') and (
            (f.type = 'yes_no' and v.value = 1)
            or (f.type = 'percent' and v.denominator > 0 and 100.0 * v.numerator / v.denominator >= t.value)
          ) then 1 else 0 end) as meeting_target
      from reports r
      inner join org_units u on u.id = r.unit_id
      inner join reporting_rounds rr on rr.id = r.round_id
      inner join report_form_fields f on f.form_id = rr.form_id and f.form_version = rr.form_version
      left join report_values v on v.report_id = r.id and v.field_id = f.id
      left join plan_indicator_targets t on t.indicator_id = f.indicator_id and t.year = rr.target_year
      where u.parent_id is not null and (u.kind = 'school' or not exists (
        select 1 from reports dr
        inner join org_units d on d.id = dr.unit_id
        where dr.round_id = r.round_id and d.path > u.path and d.path < (u.path || '~')))
      group by r.round_id, u.parent_id, f.id
    ),
    above (parent_id, unit_id) as (
      select distinct parent_id, parent_id from by_parent
      union all
      select above.parent_id, a.parent_id from above
      inner join org_units a on a.id = above.unit_id
      where a.parent_id is not null
    )
    select p.round_id, above.unit_id, p.field_id, sum(p.expected), sum(p.reported), sum(p.on_time),
      sum(p.value_sum), sum(p.numerator_sum), sum(p.denominator_sum), sum(p.answered),
      sum(p.meeting_target)
    from by_parent p
    inner join above on above.parent_id = p.parent_id
    group by p.round_id, above.unit_id, p.field_id`.execute(db);
  await sql`analyze rollup_cells`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rollup_cells').execute();
}
