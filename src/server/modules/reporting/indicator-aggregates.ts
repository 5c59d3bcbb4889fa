import { type ExpressionBuilder, sql } from 'kysely';
import { IS_REPORTED, REPORTED_AS_NUMBER } from './reported-sql.js';
import { MEETS_TARGET } from './target-sql.js';

/**
 * The counts and sums an indicator's roll-up is made of, over the grouped reports `r` with their values
 * `v` of field `f` and the target `t`: expected, reported and on-time units, the sums a value is made
 * of, and the units meeting the target (the query must name its tables by those aliases). Reported
 * means submitted or approved; drafts do not count.
 */
export function indicatorAggregates<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>) {
  return [
    eb.fn.countAll<number>().as('expected'),
    eb.fn.sum<number>(REPORTED_AS_NUMBER).as('reported'),
    eb.fn.sum<number>(sql`case when ${IS_REPORTED} and r.late = 0 then 1 else 0 end`).as('on_time'),
    eb.fn.sum<number | null>(sql`case when ${IS_REPORTED} then v.value end`).as('value_sum'),
    eb.fn.sum<number | null>(sql`case when ${IS_REPORTED} then v.numerator end`).as('numerator_sum'),
    eb.fn.sum<number | null>(sql`case when ${IS_REPORTED} then v.denominator end`).as('denominator_sum'),
    eb.fn.sum<number>(sql`case when ${IS_REPORTED} and v.value is not null then 1 else 0 end`).as('answered'),
    eb.fn
      .sum<number>(sql`case when ${IS_REPORTED} and ${MEETS_TARGET} then 1 else 0 end`)
      .as('meeting_target'),
  ] as const;
}
