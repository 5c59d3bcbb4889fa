import { describe, expect, it } from 'vitest';
import type { Report } from '../../../contract/reporting/reports';
import { draftOf, valuesOfDraft } from './report-draft';

const report = {
  fields: [
    { indicatorId: 'plan', type: 'yes_no', label: 'Có kế hoạch', fromPlan: true, value: true, percent: null },
    {
      indicatorId: 'students',
      type: 'percent',
      label: 'Học sinh được tuyên truyền',
      fromPlan: true,
      value: { numerator: 812, denominator: 905 },
      percent: 89.7,
    },
    { indicatorId: 'budget', type: 'money', label: 'Kinh phí', fromPlan: true, value: null, percent: null },
  ],
  narrative: { results: 'Đã tổ chức 2 buổi ngoại khóa.' },
} as unknown as Report;

describe('report drafts', () => {
  it('starts from the saved report, with empty narrative sections where none were written', () => {
    const draft = draftOf(report);
    expect(draft.narrative).toEqual({
      results: 'Đã tổ chức 2 buổi ngoại khóa.',
      limitations: '',
      proposals: '',
    });
    expect(valuesOfDraft(report.fields, draft)).toEqual({
      values: { plan: true, students: { numerator: 812, denominator: 905 }, budget: null },
      problems: {},
    });
  });

  it('saves the acceptable values and holds back the ones that cannot be accepted', () => {
    const draft = draftOf(report);
    const edited = {
      ...draft,
      entries: {
        ...draft.entries,
        students: { type: 'percent' as const, numerator: '950', denominator: '905' },
        budget: { type: 'money' as const, text: '15.000.000' },
      },
    };
    expect(valuesOfDraft(report.fields, edited)).toEqual({
      values: { plan: true, budget: 15_000_000 },
      problems: { students: 'numerator_too_large' },
    });
  });
});
