import { type SqlBool, sql } from 'kysely';

/**
 * Whether one unit's value `v` of field `f` meets the target `t` (a row of `reporting_targets`, in the
 * unit of the share): a yes/no answer of Không under a ceiling (a target of Không), of Có under any
 * other target; a percent when it reaches the target. The unit-level reading of `meetsTarget`
 * (contract/reporting/target-attainment.ts).
 */
export const MEETS_TARGET = sql<SqlBool>`((f.type = 'yes_no' and v.value = case when t.ceiling = 1 then 0 else 1 end)
  or (f.type = 'percent' and v.denominator > 0 and 100.0 * v.numerator / v.denominator >= t.value))`;

/** What a roll-up row says of its field `f` and the field's target `t`, wherever it is read from. */
export const FIELD_AND_TARGET = [
  'f.public_id',
  'f.label',
  'f.type',
  't.value as target',
  't.ceiling as target_ceiling',
] as const;

/** Whether a row's target (selected as `target_ceiling`, 1 or 0 in the view) is a ceiling. */
export const hasCeiling = (row: { target_ceiling: number | string | null } | undefined): boolean =>
  Number(row?.target_ceiling) === 1;
