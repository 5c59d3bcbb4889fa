import type { IndicatorMeasure, TaskTiming } from '../../../contract/plans/content';
import { formatDate, formatNumber } from '../../i18n/format';
import type { PlanMessages } from '../../i18n/plans-vi';

/** An ISO date from the API (yyyy-mm-dd) as dd/MM/yyyy. */
export const formatIsoDate = (iso: string): string => formatDate(new Date(`${iso}T00:00:00+07:00`));

/** A yearly target as printed: "85%", "1.500.000 đồng", "Có". */
export function formatTarget(measure: IndicatorMeasure, value: number, plans: PlanMessages): string {
  switch (measure) {
    case 'percent_of_units':
    case 'percent_of_people':
      return `${formatNumber(value)}%`;
    case 'money':
      return plans.money(formatNumber(value));
    case 'yes_no':
      return value === 1 ? plans.yes : plans.no;
    case 'count':
      return formatNumber(value);
  }
}

export function formatTiming(timing: TaskTiming | null, plans: PlanMessages): string {
  if (timing === null) return '';
  switch (timing.kind) {
    case 'yearly':
      return plans.timing.yearly;
    case 'ongoing':
      return plans.timing.ongoing;
    case 'phrase':
      return timing.text;
    case 'dates': {
      const start = timing.startOn && formatIsoDate(timing.startOn);
      const end = timing.endOn && formatIsoDate(timing.endOn);
      if (start && end) return plans.timing.between(start, end);
      if (start) return plans.timing.from(start);
      return end ? plans.timing.until(end) : '';
    }
  }
}
