import { formatNumber } from '../../i18n/format';
import type { ReportingMessages } from '../../i18n/reporting-vi';
import type { ReportField } from './field-entry';

/**
 * The plan's target as the question is answered: a share of units for a yes/no (none answering yes for
 * a target of Không, a ceiling), a percent, an amount.
 */
export function targetText(field: ReportField, labels: ReportingMessages['report']): string | null {
  const { target } = field;
  if (target === null) return null;
  if (field.type === 'yes_no')
    return field.targetIsCeiling ? labels.noUnitAnswersYes : labels.shareOfUnits(formatNumber(target));
  if (field.type === 'percent') return `${formatNumber(target)}%`;
  return field.type === 'money' ? labels.money(formatNumber(target)) : formatNumber(target);
}
