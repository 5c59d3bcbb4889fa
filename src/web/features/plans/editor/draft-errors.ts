import { planYears } from '../../../../contract/plans/content';
import type { PlanMessages } from '../../../i18n/plans-vi';
import type { FieldErrors } from './field-errors';
import type { Draft } from './plan-draft';

const isPlanYear = (year: number) => Number.isInteger(year) && year >= planYears.min && year <= planYears.max;

/** What is wrong with a draft that can be told without asking the server: an empty title, a year out of range. */
export function draftErrors(draft: Draft, labels: PlanMessages['editor']): FieldErrors {
  const errors = new Map<string, string>();
  if (draft.title.trim() === '') errors.set('title', labels.titleRequired);
  for (const field of ['periodStartYear', 'periodEndYear'] as const) {
    if (!isPlanYear(draft[field])) errors.set(field, labels.yearOutOfRange(planYears.min, planYears.max));
  }
  return errors;
}
