import type { IndicatorInput, PlanContent } from '../../../contract/plans/content.js';
import type { ProblemCode } from '../../../contract/problem.js';
import { HttpProblem, type ProblemFieldError } from '../../core/http/problem.js';

interface Violation extends ProblemFieldError {
  code: ProblemCode;
}

/** The measures whose targets are whole numbers, not negative, and what a target breaking that is told. */
const wholeTargets: Partial<Record<IndicatorInput['measure'], { code: ProblemCode; message: string }>> = {
  money: { code: 'target_not_whole_dong', message: 'whole đồng, not negative' },
  count: { code: 'target_not_whole_count', message: 'a whole number, not negative' },
};

function targetViolations(indicator: IndicatorInput, path: string, content: PlanContent): Violation[] {
  return indicator.targets.flatMap((target, index): Violation[] => {
    const at = `${path}.targets.${index}`;
    const found: Violation[] = [];
    if (target.year < content.periodStartYear || target.year > content.periodEndYear) {
      found.push({
        code: 'target_year_outside_period',
        path: `${at}.year`,
        message: `${target.year} is outside ${content.periodStartYear}–${content.periodEndYear}`,
      });
    }
    const percent = indicator.measure === 'percent_of_units' || indicator.measure === 'percent_of_people';
    if (percent && (target.value < 0 || target.value > 100)) {
      found.push({ code: 'target_percent_above_100', path: `${at}.value`, message: 'a percent is 0–100' });
    }
    const whole = wholeTargets[indicator.measure];
    if (whole && (!Number.isSafeInteger(target.value) || target.value < 0)) {
      found.push({ ...whole, path: `${at}.value` });
    }
    if (indicator.measure === 'yes_no' && target.value !== 0 && target.value !== 1) {
      found.push({ code: 'target_not_yes_no', path: `${at}.value`, message: '0 (no) or 1 (yes)' });
    }
    return found;
  });
}

/** The business rules zod cannot see: targets against the period and the measure, a lead for every task. */
export function assertPlanRules(content: PlanContent): void {
  const violations: Violation[] = [];
  if (content.periodEndYear < content.periodStartYear) {
    violations.push({
      code: 'plan_period_invalid',
      path: 'body.periodEndYear',
      message: 'ends before it starts',
    });
  } else {
    content.objectives.forEach((objective, o) => {
      objective.indicators.forEach((indicator, i) => {
        violations.push(...targetViolations(indicator, `body.objectives.${o}.indicators.${i}`, content));
      });
    });
    content.indicators.forEach((indicator, i) => {
      violations.push(...targetViolations(indicator, `body.indicators.${i}`, content));
    });
  }
  content.tasks.forEach((task, index) => {
    if (task.lead === null) {
      violations.push({ code: 'task_lead_required', path: `body.tasks.${index}.lead`, message: 'required' });
    }
  });
  const [first] = violations;
  if (first) {
    throw new HttpProblem(first.code, 'The plan breaks rules listed in errors.', {
      errors: violations.map(({ path, message }) => ({ path, message })),
    });
  }
}
