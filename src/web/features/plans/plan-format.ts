import type { IndicatorMeasure, TaskTiming } from '../../../contract/plans/content';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Messages } from '../../i18n/vi';

/** An ISO date from the API (yyyy-mm-dd) as dd/MM/yyyy. */
export const formatIsoDate = (iso: string): string => formatDate(new Date(`${iso}T00:00:00+07:00`));

/** A yearly target as printed: "85%", "1.500.000 đồng", "Có". */
export function formatTarget(measure: IndicatorMeasure, value: number, t: Messages): string {
  switch (measure) {
    case 'percent_of_units':
    case 'percent_of_people':
      return `${formatNumber(value)}%`;
    case 'money':
      return t.plans.money(formatNumber(value));
    case 'yes_no':
      return value === 1 ? t.plans.yes : t.plans.no;
    case 'count':
      return formatNumber(value);
  }
}

export function formatTiming(timing: TaskTiming | null, t: Messages): string {
  if (timing === null) return '';
  switch (timing.kind) {
    case 'yearly':
      return t.plans.timing.yearly;
    case 'ongoing':
      return t.plans.timing.ongoing;
    case 'phrase':
      return timing.text;
    case 'dates': {
      const start = timing.startOn && formatIsoDate(timing.startOn);
      const end = timing.endOn && formatIsoDate(timing.endOn);
      if (start && end) return t.plans.timing.between(start, end);
      if (start) return t.plans.timing.from(start);
      return end ? t.plans.timing.until(end) : '';
    }
  }
}
