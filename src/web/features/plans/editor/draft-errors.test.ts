import { describe, expect, it } from 'vitest';
import { plansEn } from '../../../i18n/plans-en';
import { plansVi } from '../../../i18n/plans-vi';
import { draftErrors } from './draft-errors';
import { emptyDraft } from './plan-draft';

const labels = plansVi.editor;
const titled = { ...emptyDraft(2026), title: 'Chuyển đổi số năm 2026' };

describe('draftErrors', () => {
  it('finds nothing wrong with a titled plan for years the plan accepts', () => {
    expect(draftErrors(titled, labels).size).toBe(0);
    expect(draftErrors({ ...titled, periodStartYear: 1945, periodEndYear: 2100 }, labels).size).toBe(0);
  });

  it('asks for the title', () => {
    expect(draftErrors({ ...titled, title: '  ' }, labels).get('title')).toBe('Vui lòng nhập tên kế hoạch.');
  });

  it('names the accepted years for a year out of range, too short or empty', () => {
    const errors = draftErrors({ ...titled, periodStartYear: 1900, periodEndYear: 20_260 }, labels);
    expect(errors.get('periodStartYear')).toBe('Vui lòng nhập năm từ 1945 đến 2100, đủ 4 chữ số.');
    expect(errors.get('periodEndYear')).toBe('Vui lòng nhập năm từ 1945 đến 2100, đủ 4 chữ số.');
    expect(draftErrors({ ...titled, periodStartYear: 26 }, labels).has('periodStartYear')).toBe(true);
    expect(draftErrors({ ...titled, periodEndYear: Number.NaN }, labels).has('periodEndYear')).toBe(true);
  });

  it('says the same in English', () => {
    expect(draftErrors({ ...titled, periodStartYear: 3000 }, plansEn.editor).get('periodStartYear')).toBe(
      'Enter a year from 1945 to 2100, with all four digits.',
    );
  });
});
