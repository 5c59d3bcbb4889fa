import type { FieldType } from '../../../contract/reporting/fields';
import { formatNumber } from '../../i18n/format';

/** A share in percent with Vietnamese separators, one decimal at most: "83,3%". */
export const formatPercent = (value: number): string => `${formatNumber(Math.round(value * 10) / 10)}%`;

/** An indicator's aggregate as read: a share in percent, a count, an amount in đồng. */
export function formatIndicatorValue(type: FieldType, value: number): string {
  if (type === 'yes_no' || type === 'percent') return formatPercent(value);
  if (type === 'money') return `${formatNumber(value)} đ`;
  return formatNumber(value);
}

/** Shares are drawn on 0–100 %; counts and amounts on 0 to their largest figure. */
export function scaleMaximum(type: FieldType, figures: (number | null)[]): number {
  if (type === 'yes_no' || type === 'percent') return 100;
  return Math.max(1, ...figures.map((figure) => figure ?? 0));
}
