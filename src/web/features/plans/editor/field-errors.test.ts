import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { plansVi } from '../../../i18n/plans-vi';
import { vi } from '../../../i18n/vi';
import { errorsStillApplying, fieldErrorsFrom } from './field-errors';
import { emptyDraft } from './plan-draft';

const plan = { ...emptyDraft(2026), title: 'Chuyển đổi số năm 2026' };
const refusal = (...paths: string[]) =>
  new ApiError(400, 'validation_failed', null, null, {
    errors: paths.map((path) => ({ path: `body.${path}`, message: 'Too small' })),
  });

describe('fieldErrorsFrom', () => {
  it('asks for the text of an objective left empty', () => {
    const draft = { ...plan, objectives: [{ kind: 'specific' as const, text: ' ', indicators: [] }] };
    const errors = fieldErrorsFrom(refusal('objectives.0.text'), draft, vi, plansVi);
    expect(errors.get('objectives.0.text')).toBe('Vui lòng nhập nội dung mục tiêu.');
  });

  it('keeps the general message for an objective refused for its length', () => {
    const draft = {
      ...plan,
      objectives: [{ kind: 'specific' as const, text: 'x'.repeat(5001), indicators: [] }],
    };
    const errors = fieldErrorsFrom(refusal('objectives.0.text'), draft, vi, plansVi);
    expect(errors.get('objectives.0.text')).toBe(plansVi.editor.fieldInvalid);
  });
});

describe('errorsStillApplying', () => {
  const empty = { kind: 'specific' as const, text: '', indicators: [] };
  const refused = { ...plan, objectives: [empty, { ...empty, kind: 'general' as const }] };
  const errors = new Map([
    ['objectives.0.text', 'Vui lòng nhập nội dung mục tiêu.'],
    ['objectives.1.text', 'Vui lòng nhập nội dung mục tiêu.'],
  ]);

  it('keeps every error while the draft is the one refused', () => {
    expect(errorsStillApplying(errors, refused, refused)).toBe(errors);
  });

  it('drops the error of a field typed into since, and keeps the others', () => {
    const typed = {
      ...refused,
      objectives: [{ ...empty, text: '100% trường có kế hoạch' }, ...refused.objectives.slice(1)],
    };
    expect([...errorsStillApplying(errors, refused, typed).keys()]).toEqual(['objectives.1.text']);
  });

  it('drops the errors of a field removed since', () => {
    const removed = { ...refused, objectives: refused.objectives.slice(0, 1) };
    expect([...errorsStillApplying(errors, refused, removed).keys()]).toEqual(['objectives.0.text']);
  });
});
