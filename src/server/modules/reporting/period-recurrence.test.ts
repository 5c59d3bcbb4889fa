import { describe, expect, it } from 'vitest';
import { nextPeriodRound, shiftMonths } from './period-recurrence.js';

describe('the next period of a recurring round', () => {
  it('keeps a month’s last day the last day, and clamps a day the month lacks', () => {
    expect(shiftMonths('2026-03-31', 3)).toBe('2026-06-30');
    expect(shiftMonths('2026-06-30', 3)).toBe('2026-09-30');
    expect(shiftMonths('2026-09-30', 3)).toBe('2026-12-31');
    expect(shiftMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(shiftMonths('2026-12-01', 12)).toBe('2027-12-01');
  });

  it('moves a school year, its deadlines, its target year and its title on by one year', () => {
    expect(
      nextPeriodRound({
        periodKind: 'school_year',
        periodStart: '2025-09-01',
        periodEnd: '2026-05-31',
        targetYear: 2026,
        title: 'Báo cáo năm học 2025-2026',
        deadlines: [{ unitKind: 'school', dueOn: '2026-06-05' }],
      }),
    ).toEqual({
      periodKind: 'school_year',
      periodStart: '2026-09-01',
      periodEnd: '2027-05-31',
      targetYear: 2027,
      title: 'Báo cáo năm học 2026-2027',
      deadlines: [{ unitKind: 'school', dueOn: '2027-06-05' }],
    });
  });

  it('moves a quarter on by three months, into the next year after the fourth', () => {
    const fourth = nextPeriodRound({
      periodKind: 'quarter',
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      targetYear: 2026,
      title: 'Báo cáo quý 3/2026',
      deadlines: [{ unitKind: 'commune', dueOn: '2026-10-10' }],
    });
    expect(fourth).toMatchObject({ periodEnd: '2026-12-31', targetYear: 2026, title: 'Báo cáo quý 4/2026' });
    expect(nextPeriodRound(fourth)).toMatchObject({
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
      targetYear: 2027,
      title: 'Báo cáo quý 1/2027',
      deadlines: [{ unitKind: 'commune', dueOn: '2027-04-10' }],
    });
  });

  it('names the semester in a title that does not name its period', () => {
    expect(
      nextPeriodRound({
        periodKind: 'semester',
        periodStart: '2025-09-01',
        periodEnd: '2026-01-31',
        targetYear: 2026,
        title: 'Báo cáo sơ kết',
        deadlines: [],
      }).title,
    ).toBe('Báo cáo sơ kết (học kỳ II năm học 2025-2026)');
  });
});
