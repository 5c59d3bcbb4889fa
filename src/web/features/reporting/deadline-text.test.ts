import { describe, expect, it } from 'vitest';
import { reportingVi } from '../../i18n/reporting-vi';
import { daysUntil, relativeDeadline, vietnamToday } from './deadline-text';

describe('deadlines', () => {
  it('takes today in Vietnam: 20:00 UTC is already the next day there', () => {
    expect(vietnamToday(new Date('2026-11-30T20:00:00Z'))).toBe('2026-12-01');
    expect(vietnamToday(new Date('2026-11-30T16:59:00Z'))).toBe('2026-11-30');
  });

  it('counts whole days across a month end', () => {
    expect(daysUntil('2026-12-01', '2026-11-26')).toBe(5);
    expect(daysUntil('2026-11-26', '2026-12-01')).toBe(-5);
  });

  it('says how far the deadline is in Vietnamese', () => {
    expect(relativeDeadline('2026-12-01', '2026-11-26', reportingVi)).toBe('còn 5 ngày');
    expect(relativeDeadline('2026-11-27', '2026-11-26', reportingVi)).toBe('còn 1 ngày (ngày mai)');
    expect(relativeDeadline('2026-11-26', '2026-11-26', reportingVi)).toBe('hạn là hôm nay');
    expect(relativeDeadline('2026-11-23', '2026-11-26', reportingVi)).toBe('quá hạn 3 ngày');
  });
});
