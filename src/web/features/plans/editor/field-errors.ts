import type { IndicatorMeasure } from '../../../../contract/plans/content';
import { ApiError } from '../../../api/api-error';
import type { PlanMessages } from '../../../i18n/plans-vi';
import type { Messages } from '../../../i18n/vi';
import type { Draft } from './plan-draft';

/** Messages by field path within the plan, e.g. "objectives.0.indicators.0.targets.1.value". */
export type FieldErrors = ReadonlyMap<string, string>;

export const noFieldErrors: FieldErrors = new Map();

function valueAt(root: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined,
    root,
  );
}

const targetValueMessage = (
  measure: IndicatorMeasure | undefined,
  t: Messages,
  plans: PlanMessages,
): string => {
  if (measure === 'percent_of_units' || measure === 'percent_of_people')
    return t.problems.target_percent_above_100;
  if (measure === 'money') return t.problems.target_not_whole_dong;
  if (measure === 'count') return t.problems.target_not_whole_count;
  if (measure === 'yes_no') return t.problems.target_not_yes_no;
  return plans.editor.valueNotNumber;
};

/** The server reports English details; the person reads why in Vietnamese, worked out from the field. */
function messageFor(path: string, draft: Draft, t: Messages, plans: PlanMessages): string {
  const segments = path.split('.');
  if (/\.targets\.\d+\.year$/.test(path)) return t.problems.target_year_outside_period;
  if (/\.targets\.\d+\.value$/.test(path)) {
    const indicator = valueAt(draft, segments.slice(0, -3)) as { measure?: IndicatorMeasure } | undefined;
    return targetValueMessage(indicator?.measure, t, plans);
  }
  if (/^tasks\.\d+\.lead$/.test(path)) return t.problems.task_lead_required;
  const objective = /^objectives\.(\d+)\.text$/.exec(path);
  if (objective && draft.objectives[Number(objective[1])]?.text.trim() === '')
    return plans.editor.objectiveRequired;
  if (path === 'periodEndYear') return t.problems.plan_period_invalid;
  if (/^legalBases\.\d+\.planId$/.test(path)) return t.problems.linked_plan_not_found;
  return plans.editor.fieldInvalid;
}

/**
 * The errors of a refused draft whose fields still hold the refused value: a field changed since waits for
 * the next save to be judged, rather than keep an error about what it no longer says.
 */
export function errorsStillApplying(errors: FieldErrors, refused: Draft, current: Draft): FieldErrors {
  if (refused === current) return errors;
  const applying = [...errors].filter(([path]) => {
    const segments = path.split('.');
    return valueAt(refused, segments) === valueAt(current, segments);
  });
  return applying.length === errors.size ? errors : new Map(applying);
}

/**
 * Field errors of a refused save, or none when the refusal was not about fields. `toDraftPath` places a
 * field the server names in the draft, when what was sent left some of the draft's items out.
 */
export function fieldErrorsFrom(
  error: unknown,
  draft: Draft,
  t: Messages,
  plans: PlanMessages,
  toDraftPath: (sentPath: string) => string = (path) => path,
): FieldErrors {
  if (!(error instanceof ApiError) || !Array.isArray(error.problem.errors)) return noFieldErrors;
  const errors = new Map<string, string>();
  for (const entry of error.problem.errors as { path?: unknown }[]) {
    if (typeof entry.path !== 'string') continue;
    const path = toDraftPath(entry.path.replace(/^body\./, ''));
    if (!errors.has(path)) errors.set(path, messageFor(path, draft, t, plans));
  }
  return errors;
}
