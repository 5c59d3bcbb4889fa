import { describe, expect, it } from 'vitest';
import { deadlineBeforeLowerLevel } from './deadline-order.js';

describe('the order of a round’s deadlines', () => {
  it('accepts each level due on or after the levels below it, in whatever order they are given', () => {
    expect(
      deadlineBeforeLowerLevel([
        { unitKind: 'department', dueOn: '2027-06-25' },
        { unitKind: 'school', dueOn: '2027-06-15' },
        { unitKind: 'commune', dueOn: '2027-06-15' },
      ]),
    ).toBeNull();
  });

  it('names a level due before one whose reports it gathers', () => {
    expect(
      deadlineBeforeLowerLevel([
        { unitKind: 'school', dueOn: '2027-06-15' },
        { unitKind: 'commune', dueOn: '2027-06-05' },
      ]),
    ).toEqual({
      higher: { unitKind: 'commune', dueOn: '2027-06-05' },
      lower: { unitKind: 'school', dueOn: '2027-06-15' },
    });
  });

  it('compares levels that are not next to each other', () => {
    expect(
      deadlineBeforeLowerLevel([
        { unitKind: 'school', dueOn: '2027-06-15' },
        { unitKind: 'department', dueOn: '2027-06-10' },
      ])?.higher.unitKind,
    ).toBe('department');
  });
});
