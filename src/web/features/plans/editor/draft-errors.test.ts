import { describe, expect, it } from 'vitest';
import { plansVi } from '../../../i18n/plans-vi';
import { draftErrors } from './draft-errors';
import { emptyDraft } from './plan-draft';

const labels = plansVi.editor;
const titled = { ...emptyDraft(2026), title: 'Chuyển đổi số năm 2026' };

describe('draftErrors', () => {
  it('finds nothing wrong with a titled plan', () => {
    expect(draftErrors(titled, labels).size).toBe(0);
  });

  it('asks for the title', () => {
    expect(draftErrors({ ...titled, title: '  ' }, labels).get('title')).toBe('Vui lòng nhập tên kế hoạch.');
  });
});
