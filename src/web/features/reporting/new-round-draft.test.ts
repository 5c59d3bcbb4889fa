import { describe, expect, it } from 'vitest';
import { type NewRoundDraft, newRoundErrors, newRoundRequests } from './new-round-draft';

const draft: NewRoundDraft = {
  planId: 'plan-1',
  formTitle: '',
  extraQuestions: [{ label: ' Mô hình hay ', type: 'text' }],
  title: 'Báo cáo học kỳ I',
  periodKind: 'semester',
  periodStart: '2026-09-01',
  periodEnd: '2027-01-15',
  targetYear: 2026,
  under: 'unit-hanoi',
  kinds: ['school', 'commune'],
  schoolLevels: [],
  deadlines: { school: '2026-12-01', commune: '2026-12-10' },
};

describe('opening a round', () => {
  it('asks for a deadline for every level that reports, and a plan and a title', () => {
    expect(newRoundErrors(draft)).toEqual({});
    expect(
      newRoundErrors({
        ...draft,
        planId: null,
        title: 'ab',
        deadlines: { school: '2026-12-01' },
        extraQuestions: [{ label: '', type: 'number' }],
      }),
    ).toEqual({
      planId: 'choosePlan',
      title: 'titleTooShort',
      'deadline.commune': 'required',
      'question.0': 'questionTooShort',
    });
  });

  it('refuses a period that ends before it starts, and a deadline before the period', () => {
    expect(
      newRoundErrors({
        ...draft,
        periodEnd: '2026-08-31',
        deadlines: { school: '2026-08-15', commune: '2026-09-01' },
      }),
    ).toEqual({ periodEnd: 'endsBeforeStart', 'deadline.school': 'dueBeforeStart' });
  });

  it('refuses a level due before the level below it, whose reports it gathers', () => {
    expect(newRoundErrors({ ...draft, deadlines: { school: '2026-12-10', commune: '2026-12-01' } })).toEqual({
      'deadline.commune': 'dueBeforeLowerLevel',
    });
  });

  it('builds the form request without an empty title and the round with one deadline per level', () => {
    const requests = newRoundRequests(draft);
    expect(requests.form).toEqual({
      planId: 'plan-1',
      extraQuestions: [{ label: 'Mô hình hay', type: 'text' }],
    });
    expect(requests.round('form-1')).toMatchObject({
      formId: 'form-1',
      units: { under: 'unit-hanoi', kinds: ['school', 'commune'] },
      deadlines: [
        { unitKind: 'school', dueOn: '2026-12-01' },
        { unitKind: 'commune', dueOn: '2026-12-10' },
      ],
    });
  });

  it('sends school levels only when schools report', () => {
    const levels = { ...draft, schoolLevels: ['thcs' as const] };
    expect(newRoundRequests(levels).round('f').units).toMatchObject({ schoolLevels: ['thcs'] });
    expect(newRoundRequests({ ...levels, kinds: ['commune'] }).round('f').units).not.toHaveProperty(
      'schoolLevels',
    );
  });
});
