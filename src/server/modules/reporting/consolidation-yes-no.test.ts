import { describe, expect, it } from 'vitest';
import { consolidatedContent } from './consolidation.js';

type Input = Parameters<typeof consolidatedContent>[0];

/** A commune's consolidation of one yes/no field, 3 of its 10 approved schools answering Có. */
function consolidateYesNo(targetIsCeiling: boolean) {
  const field = {
    id: 7,
    public_id: 'f7',
    type: 'yes_no',
    label: 'Câu hỏi',
    help: null,
    indicator_id: 3,
    position: 1,
  };
  const row = {
    public_id: 'f7',
    expected: 10,
    answered: 10,
    value_sum: 3,
    target: targetIsCeiling ? 0 : 100,
    target_ceiling: targetIsCeiling ? 1 : 0,
  };
  return consolidatedContent({
    fields: [field],
    rollup: [row],
    subordinates: [],
    texts: [],
    narrative: { results: '', limitations: '', proposals: '' },
  } as unknown as Input);
}

describe('a consolidated yes/no answer', () => {
  it('is Có only when every school answered Có, for a target of Có', () => {
    const { values, summary } = consolidateYesNo(false);
    expect(values).toEqual([{ field_id: 7, stored: expect.objectContaining({ value: 0 }) }]);
    expect(summary.fields).toEqual([{ indicatorId: 'f7', aggregation: 'all_yes', answered: 10, yes: 3 }]);
  });

  it('is Có as soon as one school answered Có, for a target of Không (an incident anywhere is the commune’s)', () => {
    const { values, summary } = consolidateYesNo(true);
    expect(values).toEqual([{ field_id: 7, stored: expect.objectContaining({ value: 1 }) }]);
    expect(summary.fields).toEqual([{ indicatorId: 'f7', aggregation: 'any_yes', answered: 10, yes: 3 }]);
  });
});
