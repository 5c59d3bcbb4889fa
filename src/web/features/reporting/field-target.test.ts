import { describe, expect, it } from 'vitest';
import { reportingVi } from '../../i18n/reporting-vi';
import type { ReportField } from './field-entry';
import { targetText } from './field-target';

const yesNo = (target: number | null, targetIsCeiling = false) =>
  ({ type: 'yes_no', target, targetIsCeiling }) as ReportField;

describe('a yes/no question’s target, as the school reads it', () => {
  it('gives a target of Có as the share of units', () => {
    expect(targetText(yesNo(100), reportingVi.report)).toBe('100% số đơn vị');
  });

  it('gives a target of Không as no unit answering “Có”, not as 0 % of units', () => {
    expect(targetText(yesNo(0, true), reportingVi.report)).toBe('không đơn vị nào trả lời “Có”');
  });

  it('gives a share of units of 0 % (a percent-of-units indicator’s first year) as a share', () => {
    expect(targetText(yesNo(0), reportingVi.report)).toBe('0% số đơn vị');
  });

  it('gives nothing when the plan sets no target for the year', () => {
    expect(targetText(yesNo(null), reportingVi.report)).toBeNull();
  });
});
