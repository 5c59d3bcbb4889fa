import type { IndicatorMeasure } from '../plans/content.js';

/**
 * What a reporting unit enters for a field: a count (a whole number: sessions held, people trained,
 * incidents), a number (fractions allowed: hours, for instance), a percent as numerator and
 * denominator (the percent is computed, never typed), yes/no, an amount in đồng, or text.
 */
export const fieldTypes = ['count', 'number', 'percent', 'yes_no', 'money', 'text'] as const;
export type FieldType = (typeof fieldTypes)[number];

/**
 * The field a plan indicator becomes on a unit's form. "Percent of units" indicators are asked of
 * each unit as yes/no and roll up as the share of units answering yes; "percent of people" ones
 * are asked as numerator and denominator and roll up as Σ numerators / Σ denominators.
 */
export const fieldTypeOfMeasure: Record<IndicatorMeasure, FieldType> = {
  percent_of_units: 'yes_no',
  percent_of_people: 'percent',
  count: 'count',
  money: 'money',
  yes_no: 'yes_no',
};

export const periodKinds = ['calendar_year', 'school_year', 'semester', 'quarter', 'custom'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export const reportStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** Whether a report in this status has been handed in (submitted, and approved since, perhaps). */
export const isReported = (status: ReportStatus): boolean => status === 'submitted' || status === 'approved';

export const narrativeKeys = ['results', 'limitations', 'proposals'] as const;
export type NarrativeKey = (typeof narrativeKeys)[number];
