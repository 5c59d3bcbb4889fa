import type { PlanMessages } from '../../../i18n/plans-vi';
import type { FieldErrors } from './field-errors';
import type { Draft } from './plan-draft';

/** What is wrong with a draft that can be told without asking the server: an empty title. */
export function draftErrors(draft: Draft, labels: PlanMessages['editor']): FieldErrors {
  const errors = new Map<string, string>();
  if (draft.title.trim() === '') errors.set('title', labels.titleRequired);
  return errors;
}
