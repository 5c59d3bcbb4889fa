import { type Kysely, sql } from 'kysely';

/**
 * The roll-up kept up to date by the writes: per round, bucket (the reporting unit's parent unit) and
 * field, the first-hand reports expected and the aggregates of those reported (submitted or approved).
 * A roll-up over a subtree sums the cells of the buckets inside it instead of reading every value.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rollup_cells')
    .addColumn('round_id', 'integer', (c) => c.notNull().references('reporting_rounds.id'))
    .addColumn('bucket_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('field_id', 'integer', (c) => c.notNull().references('report_form_fields.id'))
    .addColumn('expected', 'integer', (c) => c.notNull())
    .addColumn('reported', 'integer', (c) => c.notNull())
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addColumn('value_sum', 'double precision', (c) => c.notNull())
    .addColumn('numerator_sum', 'double precision', (c) => c.notNull())
    .addColumn('denominator_sum', 'double precision', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('meeting_target', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_cells_pk', ['round_id', 'bucket_unit_id', 'field_id'])
    .execute();

  // The reports already there, with the rule the application applies (rollup-cells.ts).
  await sql`insert into rollup_cells (round_id, bucket_unit_id, field_id, expected, reported, on_time,
      value_sum, numerator_sum, denominator_sum, answered, meeting_target)
    select r.round_id, u.parent_id, f.id,
      count(*),
      sum(case when r.status in ('submitted', 'approved') then 1 else 0 end),
      sum(case when r.status in ('submitted', 'approved') and r.late = 0 then 1 else 0 end),
      coalesce(sum(case when r.status in ('submitted', 'approved') then v.value end), 0),
      coalesce(sum(case when r.status in ('submitted', 'approved') then v.numerator end), 0),
      coalesce(sum(case when r.status in ('submitted', 'approved') then v.denominator end), 0),
      sum(case when r.status in ('submitted', 'approved') and v.value is not null then 1 else 0 end),
      sum(case when r.status in ('submitted', 'approved') and (
          (f.type = 'yes_no' and v.value = 1)
          or (f.type = 'percent' and v.denominator > 0 and 100.0 * v.numerator / v.denominator >= t.value)
        ) then 1 else 0 end)
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
    group by r.round_id, u.parent_id, f.id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rollup_cells').execute();
}
