import type { PeriodKind } from '../../../contract/reporting/fields.js';

/** How far the next period lies from this one; custom periods do not recur. */
const MONTHS_PER_PERIOD: Record<Exclude<PeriodKind, 'custom'>, number> = {
  calendar_year: 12,
  school_year: 12,
  semester: 6,
  quarter: 3,
};

export const recurs = (kind: PeriodKind): kind is Exclude<PeriodKind, 'custom'> => kind !== 'custom';

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The same day `months` later; a month's last day stays the last day (31/03 → 30/06 → 30/09 → 31/12)
 * and a day the target month lacks becomes its last (29/02 → 28/02).
 */
export function shiftMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  const targetDay = day === daysInMonth(year, month) ? lastDay : Math.min(day, lastDay);
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));
const monthOf = (isoDate: string) => Number(isoDate.slice(5, 7));

/** The period as a Sở writes it in a round's title: "năm 2026", "năm học 2025-2026", "quý 3/2026". */
function periodLabel(kind: PeriodKind, start: string): string | null {
  const schoolYear = (first: number) => `năm học ${first}-${first + 1}`;
  switch (kind) {
    case 'calendar_year':
      return `năm ${yearOf(start)}`;
    case 'school_year':
      return schoolYear(yearOf(start));
    case 'semester':
      // The first semester starts in the autumn; the second in the spring of the school year's second year.
      return monthOf(start) >= 8
        ? `học kỳ I ${schoolYear(yearOf(start))}`
        : `học kỳ II ${schoolYear(yearOf(start) - 1)}`;
    case 'quarter':
      return `quý ${Math.floor((monthOf(start) - 1) / 3) + 1}/${yearOf(start)}`;
    case 'custom':
      return null;
  }
}

export interface RecurringRound {
  periodKind: Exclude<PeriodKind, 'custom'>;
  periodStart: string;
  periodEnd: string;
  targetYear: number;
  title: string;
  deadlines: { unitKind: string; dueOn: string }[];
}

/**
 * The round of the next period: dates and deadlines moved on by one period, the target year moved
 * as far as the period's end year, and the period in the title replaced by the new one.
 */
export function nextPeriodRound<T extends RecurringRound>(round: T): T {
  const months = MONTHS_PER_PERIOD[round.periodKind];
  const periodStart = shiftMonths(round.periodStart, months);
  const periodEnd = shiftMonths(round.periodEnd, months);
  const oldLabel = periodLabel(round.periodKind, round.periodStart) as string;
  const newLabel = periodLabel(round.periodKind, periodStart) as string;
  return {
    ...round,
    periodStart,
    periodEnd,
    targetYear: round.targetYear + yearOf(periodEnd) - yearOf(round.periodEnd),
    title: round.title.includes(oldLabel)
      ? round.title.replace(oldLabel, newLabel)
      : `${round.title} (${newLabel})`,
    deadlines: round.deadlines.map((deadline) => ({
      ...deadline,
      dueOn: shiftMonths(deadline.dueOn, months),
    })),
  };
}
