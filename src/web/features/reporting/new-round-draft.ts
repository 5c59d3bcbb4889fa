import type { OrgUnitKind, SchoolLevel } from '../../../contract/org';
import { deadlineBeforeLowerLevel } from '../../../contract/reporting/deadline-order';
import type { FieldType, PeriodKind } from '../../../contract/reporting/fields';

/** A question of the form's own; one already on a saved form carries its id and keeps its type. */
export interface ExtraQuestion {
  id?: string;
  label: string;
  type: FieldType;
}

export interface NewRoundDraft {
  planId: string | null;
  formTitle: string;
  extraQuestions: ExtraQuestion[];
  title: string;
  periodKind: PeriodKind;
  periodStart: string;
  periodEnd: string;
  targetYear: number;
  under: string | null;
  kinds: OrgUnitKind[];
  schoolLevels: SchoolLevel[];
  /** Due date (yyyy-mm-dd) for each kind of reporting unit. */
  deadlines: Partial<Record<OrgUnitKind, string>>;
}

export type NewRoundProblem =
  | 'required'
  | 'choosePlan'
  | 'titleTooShort'
  | 'questionTooShort'
  | 'endsBeforeStart'
  | 'dueBeforeStart'
  | 'dueBeforeLowerLevel';
export type NewRoundErrors = Partial<Record<string, NewRoundProblem>>;

const MIN_TITLE = 3;

/** What must still be filled in before the round can be opened, by field (`deadline.school`, `question.0`). */
export function newRoundErrors(draft: NewRoundDraft): NewRoundErrors {
  const errors: NewRoundErrors = {};
  if (!draft.planId) errors.planId = 'choosePlan';
  if (draft.title.trim().length < MIN_TITLE) errors.title = draft.title.trim() ? 'titleTooShort' : 'required';
  if (!draft.periodStart) errors.periodStart = 'required';
  if (!draft.periodEnd) errors.periodEnd = 'required';
  else if (draft.periodStart && draft.periodEnd < draft.periodStart) errors.periodEnd = 'endsBeforeStart';
  if (!draft.under) errors.under = 'required';
  if (draft.kinds.length === 0) errors.kinds = 'required';
  for (const kind of draft.kinds) {
    const due = draft.deadlines[kind];
    if (!due) errors[`deadline.${kind}`] = 'required';
    else if (draft.periodStart && due < draft.periodStart) errors[`deadline.${kind}`] = 'dueBeforeStart';
  }
  const outOfOrder = deadlineBeforeLowerLevel(
    draft.kinds.flatMap((unitKind) => {
      const dueOn = draft.deadlines[unitKind];
      return dueOn ? [{ unitKind, dueOn }] : [];
    }),
  );
  if (outOfOrder) errors[`deadline.${outOfOrder.higher.unitKind}`] ??= 'dueBeforeLowerLevel';
  return { ...errors, ...extraQuestionErrors(draft.extraQuestions) };
}

/** The extra questions too short to ask, by place (`question.0`). */
export function extraQuestionErrors(questions: readonly ExtraQuestion[]): NewRoundErrors {
  const errors: NewRoundErrors = {};
  questions.forEach((question, index) => {
    if (question.label.trim().length < MIN_TITLE) errors[`question.${index}`] = 'questionTooShort';
  });
  return errors;
}

/** The two requests that open a round: its form (from the plan), then the round on that form. */
export function newRoundRequests(draft: NewRoundDraft) {
  const formTitle = draft.formTitle.trim();
  return {
    form: {
      planId: draft.planId ?? '',
      ...(formTitle ? { title: formTitle } : {}),
      extraQuestions: draft.extraQuestions.map((question) => ({ ...question, label: question.label.trim() })),
    },
    round: (formId: string) => ({
      formId,
      title: draft.title.trim(),
      periodKind: draft.periodKind,
      periodStart: draft.periodStart,
      periodEnd: draft.periodEnd,
      targetYear: draft.targetYear,
      units: {
        under: draft.under ?? '',
        kinds: draft.kinds,
        ...(draft.kinds.includes('school') && draft.schoolLevels.length > 0
          ? { schoolLevels: draft.schoolLevels }
          : {}),
      },
      deadlines: draft.kinds.map((kind) => ({ unitKind: kind, dueOn: draft.deadlines[kind] ?? '' })),
    }),
  };
}
