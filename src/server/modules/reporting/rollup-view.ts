import type { Rollup } from '../../../contract/reporting/reports.js';
import type { ReportingRepository } from './repository.js';
import { hasCeiling } from './target-sql.js';

type RollupRow = Awaited<ReturnType<ReportingRepository['rollup']>>[number];
type RollupIndicator = Rollup['indicators'][number];

/**
 * A share in percent to two decimals, never rounded onto 0 % or 100 % it has not reached: one school
 * of 54,000 answering Có is 0.002 %, which must not read as the 0 % a target of Không asks for.
 */
function shareOf(part: number, whole: number): number {
  const share = (100 * part) / whole;
  const rounded = Math.round(share * 100) / 100;
  if (rounded === 0 && share > 0) return 0.01;
  if (rounded === 100 && share < 100) return 99.99;
  return rounded;
}

type IndicatorSums = Pick<RollupRow, 'type' | 'answered' | 'value_sum' | 'numerator_sum' | 'denominator_sum'>;

/**
 * The aggregate of one field's sums: counts and money add up, yes/no becomes the share of units
 * answering yes, a percent becomes Σ numerators / Σ denominators (not a mean of percents).
 */
export function aggregateOf(row: IndicatorSums): Pick<RollupIndicator, 'aggregation' | 'value'> {
  const answered = Number(row.answered ?? 0);
  switch (row.type) {
    case 'count':
    case 'number':
    case 'money':
      return { aggregation: 'sum', value: answered === 0 ? null : Number(row.value_sum) };
    case 'yes_no':
      return {
        aggregation: 'share_yes',
        value: answered === 0 ? null : shareOf(Number(row.value_sum), answered),
      };
    case 'percent': {
      const denominator = Number(row.denominator_sum ?? 0);
      return {
        aggregation: 'ratio',
        value: denominator === 0 ? null : shareOf(Number(row.numerator_sum), denominator),
      };
    }
    case 'text':
      return { aggregation: 'none', value: null };
  }
}

export function toRollupIndicator(row: RollupRow): RollupIndicator {
  const perUnitTarget = row.type === 'yes_no' || row.type === 'percent';
  return {
    indicatorId: row.public_id,
    label: row.label,
    type: row.type,
    ...aggregateOf(row),
    target: row.target === null ? null : Number(row.target),
    targetIsCeiling: hasCeiling(row),
    unitsExpected: Number(row.expected),
    unitsReported: Number(row.reported ?? 0),
    unitsOnTime: Number(row.on_time ?? 0),
    unitsMeetingTarget: perUnitTarget && row.target !== null ? Number(row.meeting_target ?? 0) : null,
  };
}
