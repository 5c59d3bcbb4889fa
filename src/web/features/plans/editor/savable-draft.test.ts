import { describe, expect, it } from 'vitest';
import type { IndicatorInput } from '../../../../contract/plans/content';
import { type DraftTask, emptyDraft } from './plan-draft';
import { savableDraft } from './savable-draft';

const task = (content: string): DraftTask => ({
  numbering: null,
  content,
  lead: null,
  cooperating: [],
  timing: null,
  expectedOutput: null,
});
const indicator = (name: string): IndicatorInput => ({
  name,
  measure: 'percent_of_units',
  computation: null,
  targets: [],
});
const base = { ...emptyDraft(2026), title: 'Chuyển đổi số năm 2026' };

describe('savableDraft', () => {
  it('sends a draft without blank items as it is', () => {
    const draft = { ...base, tasks: [task('Tập huấn giáo viên')] };
    const savable = savableDraft(draft);
    expect(savable.draft).toEqual(draft);
    expect(savable.leftOut).toBe(0);
    expect(savable.toDraftPath('tasks.0.lead')).toBe('tasks.0.lead');
  });

  it('leaves out items just added, in every list whose items need text', () => {
    const savable = savableDraft({
      ...base,
      legalBases: [{ text: '', planId: null }],
      objectives: [{ kind: 'general', text: ' ', indicators: [indicator('')] }],
      indicators: [indicator('')],
      tasks: [task('')],
      recipients: [{ unitId: null, text: '' }],
    });
    expect(savable.draft).toEqual(base);
    expect(savable.leftOut).toBe(5);
  });

  it('keeps an item as soon as anything is written or chosen in it', () => {
    const led = { ...task(''), lead: { unitId: null, name: 'Phòng Văn hóa - Xã hội' } };
    const savable = savableDraft({
      ...base,
      tasks: [led, { ...task(''), timing: { kind: 'yearly' } }],
      objectives: [{ kind: 'specific', text: '', indicators: [indicator('Tỷ lệ trường có kế hoạch')] }],
    });
    expect(savable.draft.tasks).toHaveLength(2);
    expect(savable.draft.objectives).toHaveLength(1);
    expect(savable.leftOut).toBe(0);
  });

  it('places what the server names in what was sent back in the draft, blank items included', () => {
    const savable = savableDraft({
      ...base,
      tasks: [task(''), task('Tập huấn'), task(''), task('Cuộc thi trực tuyến')],
      objectives: [
        { kind: 'general', text: '', indicators: [] },
        { kind: 'specific', text: 'An toàn trên mạng', indicators: [indicator(''), indicator('Tỷ lệ')] },
      ],
    });
    expect(savable.draft.tasks.map((kept) => kept.content)).toEqual(['Tập huấn', 'Cuộc thi trực tuyến']);
    expect(savable.toDraftPath('tasks.1.lead')).toBe('tasks.3.lead');
    expect(savable.toDraftPath('objectives.0.indicators.0.targets.1.value')).toBe(
      'objectives.1.indicators.1.targets.1.value',
    );
    expect(savable.toDraftPath('title')).toBe('title');
  });
});
